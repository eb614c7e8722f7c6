import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "./lib/env";
import { answerOutage } from "./lib/outage";
import { ifNoneMatchHas } from "./lib/http";
import { cachedPage, type CachedPage } from "./lib/page-cache/registry";
import { pageCacheControl } from "./lib/page-cache/policy";
import {
  cachedSeasonPath,
  isCachedPagePath,
  isSeasonPage,
} from "./lib/page-cache/paths";
import { checkRequestBody } from "./lib/request-body";
import { isCrossSiteWrite } from "./lib/same-origin";

const refuse = (status: number, error: string, message: string) =>
  NextResponse.json({ error, message }, { status });

// next-auth names its cookie with a "__Secure-" prefix over https, and
// splits a long one into ".0", ".1"...: any of them means a session.
function isSignedIn(request: NextRequest): boolean {
  return request.cookies
    .getAll()
    .some((cookie) => cookie.name.includes("next-auth.session-token"));
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
 * A 304 when the viewer (or a CDN) already holds this render, else the
 * render itself. Checked here, since Next no longer hashes pages for ETags.
 */
function answerFromCache(request: NextRequest, fresh: CachedPage) {
  const { pathname } = request.nextUrl;
  const target = new URL(cachedSeasonPath(fresh.key, pathname), request.url);
  const response = ifNoneMatchHas(request, fresh.etag)
    ? new NextResponse(null, { status: 304 })
    : NextResponse.rewrite(target);
  response.headers.set("etag", fresh.etag);
  return response;
}

/**
 * Answers anonymous views of fresh season pages from their cached render,
 * and sets how long shared caches may keep each page (lib/page-cache).
 */
function routeToPage(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const signedIn = isSignedIn(request);
  const seasonPage = isSeasonPage(pathname);
  const useCache = seasonPage && mayUseCache(request, signedIn);
  const fresh = useCache ? cachedPage(pathname) : null;
  const response = fresh
    ? answerFromCache(request, fresh)
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

/**
 * Runs before any route or server action. Refuses, each with a clear
 * status and message: state-changing requests made by other sites' pages
 * (CSRF, 403; Next also checks server actions' origin, but answers a bare
 * 500), and bodies too large (413) or too deeply nested (400) for the
 * parsers that would otherwise meet them first (lib/request-body.ts).
 * While the database cannot be reached, answers 503 in place of the site
 * (lib/outage.ts). Otherwise routes the request to its page.
 */
export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return refuse(
      403,
      "cross_site_request",
      "Requests that change something must come from castlog itself.",
    );
  }

  const refusal = await checkRequestBody(request);
  if (refusal) return refuse(refusal.status, refusal.error, refusal.message);

  if (isCachedPagePath(request.nextUrl.pathname)) {
    // Cached renders are reached only through the rewrite in routeToPage.
    return NextResponse.rewrite(new URL("/not-found", request.url));
  }

  return (await answerOutage(request)) ?? routeToPage(request);
}

export const config = {
  // Static files need no database and never change state; skipping them
  // keeps them fast.
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};
