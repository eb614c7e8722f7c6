import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "./lib/env";
import { answerOutage } from "./lib/outage";
import { answerCachedPage } from "./lib/page-cache/answer";
import { cachedPage } from "./lib/page-cache/registry";
import { pageCacheControl } from "./lib/page-cache/policy";
import { isCachedPagePath, isSeasonPage } from "./lib/page-cache/paths";
import { checkRequestBody } from "./lib/request-body";
import { isCrossSiteWrite } from "./lib/same-origin";
import { isSelfFetch } from "./lib/self-fetch";

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
 * Answers anonymous views of fresh season pages from their cached render,
 * and sets how long shared caches may keep each page (lib/page-cache).
 */
async function routeToPage(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const signedIn = isSignedIn(request);
  const seasonPage = isSeasonPage(pathname);
  const useCache = seasonPage && mayUseCache(request, signedIn);
  const fresh = useCache ? cachedPage(pathname) : null;
  const response = fresh
    ? await answerCachedPage(request, fresh)
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
    // Cached renders are reached only through routeToPage.
    if (isSelfFetch(request)) return NextResponse.next();
    return NextResponse.rewrite(new URL("/not-found", request.url));
  }

  return (await answerOutage(request)) ?? routeToPage(request);
}

export const config = {
  // Static files need no database and never change state; skipping them
  // keeps them fast.
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};
