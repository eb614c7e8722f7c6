import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { maxBodyBytes, proxyBufferBytes } from "./lib/body-limits.mjs";
import { buildSecurityHeaders } from "./lib/security-headers.mjs";

// The configuration cannot import lib/env.ts (TypeScript), so it reads
// SITE_URL itself; lib/env.ts still validates it when the server starts.
// Headers are fixed at build time, so build with the SITE_URL you serve
// at (`npm start` rebuilds when it moves between http and https); see
// lib/security-headers.mjs, which also explains why the
// Content-Security-Policy allows inline scripts.
//
// Development is told by Next's phase, not NODE_ENV: a build started from
// a test runner inherits NODE_ENV=test and is still a production build.
/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // PGlite and the schema engine load WebAssembly and data files relative
  // to their own modules; bundled, they resolve those paths wrongly.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
  ],
  poweredByHeader: false,
  // proxy.ts refuses larger bodies with a 413 first; Next's own limit on
  // server actions is the same, for any request that reaches one anyway.
  experimental: {
    serverActions: { bodySizeLimit: maxBodyBytes },
    proxyClientMaxBodySize: proxyBufferBytes,
    // Cached season pages (app/cached) are kept in memory only: each has
    // a key of its own, and old ones should fade out, not pile up on disk.
    isrFlushToDisk: false,
  },
  images: { unoptimized: true },
  // Next would hash every page it sends for an ETag: a fifth of the time
  // spent serving a cached season page. proxy.ts gives those pages a
  // cheaper one (lib/page-cache); other pages change with every render.
  generateEtags: false,
  async headers() {
    const headers = buildSecurityHeaders({
      siteUrl: process.env.SITE_URL,
      production: phase !== PHASE_DEVELOPMENT_SERVER,
    });
    return [{ source: "/:path*", headers }];
  },
});

export default nextConfig;
