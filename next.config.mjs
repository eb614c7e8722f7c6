/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the schema engine load WebAssembly and data files relative
  // to their own modules; bundled, they resolve those paths wrongly.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
  ],
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
