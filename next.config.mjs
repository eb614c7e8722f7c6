import { buildSecurityHeaders } from "./lib/security-headers.mjs";

// The configuration cannot import lib/env.ts (TypeScript), so it reads
// SITE_URL itself; lib/env.ts still validates it when the server starts.
// Headers are fixed at build time, so build with the SITE_URL you serve
// at (`npm start` rebuilds when it moves between http and https); see
// lib/security-headers.mjs, which also explains why the
// Content-Security-Policy allows inline scripts.
const securityHeaders = buildSecurityHeaders({
  siteUrl: process.env.SITE_URL,
  production: process.env.NODE_ENV === "production",
});

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
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
