import { NextResponse, type NextRequest } from "next/server";
import { ifNoneMatchHas } from "../http";
import { getEnv } from "../env";
import { log } from "../log";
import { fetchSelf } from "../self-fetch";
import { pageCopy, type PageCopy } from "./copies";
import { cachedSeasonPath } from "./paths";
import { pagePolicy } from "./page-policy";
import type { CachedPage } from "./registry";

// What the proxy answers for an anonymous view of a fresh season page:
// a 304 when the viewer already holds the render, else the render's bytes
// from memory, loaded once from the cached render's own address, under a
// policy that names the render's own scripts (page-policy.ts). If they
// cannot be loaded, Next serves the cached render through a rewrite.

// next.config adds the other security headers to every answer; the length
// and encoding are Next's to set (it sends the body chunked).
const copiedHeaders = ["content-type", "vary"];

const loadTimeoutMs = 10_000;

async function loadCopy(
  request: NextRequest,
  target: string,
): Promise<PageCopy | null> {
  const response = await fetchSelf(request, target, loadTimeoutMs);
  const type = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !type.startsWith("text/html")) {
    await response.body?.cancel();
    throw new Error(`status ${response.status}, ${type || "no type"}`);
  }

  const headers: Record<string, string> = {};
  for (const name of copiedHeaders) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const body = new Uint8Array(await response.arrayBuffer());
  headers["content-security-policy"] = policyFor(body);
  return { body, headers };
}

function policyFor(body: Uint8Array): string {
  return pagePolicy(new TextDecoder().decode(body), {
    development: process.env.NODE_ENV !== "production",
    https: getEnv().SITE_URL.startsWith("https://"),
  });
}

async function loadOrLog(
  request: NextRequest,
  target: string,
): Promise<PageCopy | null> {
  try {
    return await loadCopy(request, target);
  } catch (error) {
    log.warn({ target, error: String(error) }, "could not copy a cached page");
    return null;
  }
}

function send(request: NextRequest, copy: PageCopy, kept: boolean) {
  const body = request.method === "HEAD" ? null : copy.body;
  return new NextResponse(body, {
    headers: { ...copy.headers, "x-castlog-cache": kept ? "HIT" : "MISS" },
  });
}

// A 304 updates the headers a browser or CDN stored with the page, so it
// carries the copy's own policy, not the site's looser one.
function notModified(copy: PageCopy | null) {
  const policy = copy?.headers["content-security-policy"];
  return new NextResponse(null, {
    status: 304,
    headers: policy ? { "content-security-policy": policy } : {},
  });
}

/** The answer for a view of `fresh`, before its Cache-Control is set. */
export async function answerCachedPage(
  request: NextRequest,
  fresh: CachedPage,
): Promise<NextResponse> {
  const budgetBytes = getEnv().PAGE_CACHE_MB * 1024 * 1024;
  const target = cachedSeasonPath(fresh.key, request.nextUrl.pathname);
  const load = () => loadOrLog(request, target);
  const { copy, kept } =
    budgetBytes > 0
      ? pageCopy(fresh.etag, load, budgetBytes)
      : { copy: Promise.resolve(null), kept: false };
  const loaded = await copy;

  let response: NextResponse;
  if (ifNoneMatchHas(request, fresh.etag)) response = notModified(loaded);
  else if (loaded) response = send(request, loaded, kept);
  else response = NextResponse.rewrite(new URL(target, request.url));
  response.headers.set("etag", fresh.etag);
  return response;
}
