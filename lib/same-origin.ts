// Browsers send Origin (and Sec-Fetch-Site) with every cross-site POST, so
// a state-changing request whose Origin is not this site's own was made by
// another site on a visitor's behalf: cross-site request forgery. Requests
// without these headers come from programs, not browsers, and must prove
// themselves otherwise (a session cookie is not sent cross-site by
// SameSite=Lax; the cron endpoint takes a bearer secret).

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

type HeaderSource = { get(name: string): string | null };

/**
 * Whether a request changes state on behalf of another site's page. The
 * site's host is the request's Host (or X-Forwarded-Host, which a proxy in
 * front of the site sets, as Next's own server action check does).
 */
export function isCrossSiteWrite(method: string, headers: HeaderSource) {
  if (safeMethods.has(method.toUpperCase())) return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;

  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (sandboxed frames, privacy redirects) or garbage.
    return true;
  }
}
