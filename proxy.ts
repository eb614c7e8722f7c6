import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "./lib/env";
import { cachedPage } from "./lib/page-cache/registry";
import { pageCacheControl } from "./lib/page-cache/policy";
import {
  cachedSeasonPath,
  isCachedPagePath,
  isSeasonPage,
} from "./lib/page-cache/paths";
import { isCrossSiteWrite } from "./lib/same-origin";

// next-auth names its cookie with a "__Secure-" prefix over https, and
// splits a long one into ".0", ".1"...: any of them means a session.
function isSignedIn(request: NextRequest): boolean {
  return request.cookies
    .getAll()
    .some((cookie) => cookie.name.includes("next-auth.session-token"));
}

function refuseCrossSite() {
  return NextResponse.json(
    {
      error: "cross_site_request",
      message: "Requests that change something must come from castlog itself.",
    },
    { status: 403 },
  );
}

// A plain document request: client-side navigations (the `rsc` header)
// and views with a query render as usual.
function mayUseCache(request: NextRequest, signedIn: boolean): boolean {
  const read = request.method === "GET" || request.method === "HEAD";
  return (
    read &&
    !signedIn &&
    request.nextUrl.search === "" &&
    !request.headers.has("rsc")
  );
}

/**
 * Runs before every route: refuses state-changing requests made by other
 * sites' pages (CSRF) with a clear 403 (Next also checks server actions'
 * origin, but answers a bare 500); answers anonymous views of fresh
 * season pages from their cached render; and sets how long shared caches
 * may keep each page.
 */
export function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return refuseCrossSite();
  }

  const { pathname } = request.nextUrl;
  if (isCachedPagePath(pathname)) {
    // Cached renders are reached only through the rewrite below.
    return NextResponse.rewrite(new URL("/not-found", request.url));
  }

  const signedIn = isSignedIn(request);
  const useCache = mayUseCache(request, signedIn);
  const seasonPage = isSeasonPage(pathname);
  const fresh = seasonPage && useCache ? cachedPage(pathname) : null;
  const response = fresh
    ? NextResponse.rewrite(
        new URL(cachedSeasonPath(fresh.key, pathname), request.url),
      )
    : NextResponse.next();

  const freshForSeconds = seasonPage
    ? Math.floor(((fresh?.freshUntil ?? 0) - Date.now()) / 1000)
    : null;
  const cacheControl = pageCacheControl({
    pathname,
    signedIn,
    freshForSeconds,
    maxAgeSeconds: getEnv().CREDITS_MAX_AGE_SECONDS,
  });
  if (cacheControl) response.headers.set("cache-control", cacheControl);
  return response;
}

export const config = {
  // Static files never change state; skipping them keeps them fast.
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};
