// The Cache-Control header for pages, decided before they render. Route
// handlers (the API, feeds, images) set their own.

const privatePrefixes = ["/dashboard", "/settings", "/signin"];
const publicPages = [/^\/$/, /^\/tv\//, /^\/person\//, /^\/docs\//];
const notPages = [/\/feed\.xml$/, /\/opengraph-image/];

// Pages other than fresh season pages read only stored data, which
// changes when a season is fetched; a minute keeps a CDN from showing
// an old page for long while still absorbing bursts.
const otherPagesSeconds = 60;

export const noStore = "private, no-store";

export type PageRequest = {
  pathname: string;
  /** Whether the request carries a session cookie. */
  signedIn: boolean;
  /** Seconds the season shown stays fresh, when the server knows it. */
  freshForSeconds: number | null;
  /** CREDITS_MAX_AGE_SECONDS: how long any snapshot counts as fresh. */
  maxAgeSeconds: number;
};

function isPage(pathname: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(pathname));
}

function shared(seconds: number): string {
  if (seconds <= 0) return "public, max-age=0, must-revalidate";
  return `public, max-age=0, s-maxage=${seconds}`;
}

/**
 * Anonymous views of public pages may be kept by a shared cache (a CDN)
 * within the freshness window, and never by the browser, so a reader
 * who signs in sees their own view at once; pages that depend on the
 * viewer, and any page seen signed in, are private.
 */
export function pageCacheControl(request: PageRequest): string | null {
  const { pathname } = request;
  if (privatePrefixes.some((prefix) => pathname.startsWith(prefix))) {
    return noStore;
  }
  if (!isPage(pathname, publicPages) || isPage(pathname, notPages)) {
    return null;
  }
  if (request.signedIn) return noStore;

  if (request.freshForSeconds !== null) {
    return shared(request.freshForSeconds);
  }
  return shared(Math.min(otherPagesSeconds, request.maxAgeSeconds));
}
