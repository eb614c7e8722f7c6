// The security headers sent with every response. Plain JavaScript because
// next.config.mjs loads it and cannot import TypeScript. Next evaluates
// `headers()` at build time and `next start` serves what the build
// recorded, so these values are fixed when the site is built.

// Portraits come from TMDB's image CDN, linked directly from the pages.
const tmdbImages = "https://image.tmdb.org";

/**
 * The Content-Security-Policy. It is the same for every response, with no
 * per-request nonce, so that a page can be cached and served to anyone.
 *
 * Next inlines a bootstrap script and the page's RSC payload
 * (`self.__next_f.push(...)`) into every document. Without a nonce they
 * can only run under 'unsafe-inline' or their hashes, and the payload is
 * the page's own data, different on every page and every version of it.
 * The header fixed at build time therefore allows 'unsafe-inline', and
 * that is its weak point. Where the whole document is known before it is
 * sent, as for the cached season pages the proxy answers from memory
 * (lib/page-cache/page-policy.ts), `scriptHashes` replaces 'unsafe-inline'
 * with the hashes of exactly the scripts in it. Everything else is held
 * to this origin: no other script source, no plugins, no framing, no
 * foreign form targets or base URLs.
 *
 * style-src-attr allows inline style attributes, which the server-rendered
 * charts use on SVG groups; style sheets themselves come only from here.
 */
export function buildContentSecurityPolicy({
  development,
  https,
  scriptHashes,
}) {
  const inline = scriptHashes
    ? scriptHashes.map((hash) => `'${hash}'`)
    : ["'unsafe-inline'"];
  // React reconstructs server errors with eval, in development only.
  const scripts = [
    "'self'",
    ...inline,
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' ${tmdbImages}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // On plain http (a local run) upgrading would break every asset.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * Every security header, for `headers()` in next.config.mjs. HSTS is sent
 * only by a production build whose public address is https: over http a
 * browser ignores it, and pinning localhost to https would break local
 * runs for a year.
 */
export function buildSecurityHeaders({ siteUrl, production }) {
  const https = siteUrl?.startsWith("https://") ?? false;
  const headers = [
    {
      key: "Content-Security-Policy",
      value: buildContentSecurityPolicy({ development: !production, https }),
    },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // frame-ancestors says the same to browsers that know CSP level 2.
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (production && https) {
    headers.push({
      key: "Strict-Transport-Security",
      value: "max-age=31536000; includeSubDomains",
    });
  }
  return headers;
}
