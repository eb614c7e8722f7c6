import { NextResponse, type NextRequest } from "next/server";
import { ifNoneMatchHas } from "../http";
import { log } from "../log";
import { fetchSelf } from "../self-fetch";
import { pageCopy, type PageCopy } from "./copies";
import { cachedSeasonPath } from "./paths";
import type { CachedPage } from "./registry";

// What the proxy answers for an anonymous view of a fresh season page:
// a 304 when the viewer already holds the render, else the render's bytes
// from memory, loaded once from the cached render's own address. If they
// cannot be loaded, Next serves the cached render through a rewrite.

// Security headers are added to every answer by next.config; the length
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
  return { body: new Uint8Array(await response.arrayBuffer()), headers };
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

async function renderOrCopy(
  request: NextRequest,
  fresh: CachedPage,
  budgetBytes: number,
): Promise<NextResponse> {
  const target = cachedSeasonPath(fresh.key, request.nextUrl.pathname);
  const rewrite = () => NextResponse.rewrite(new URL(target, request.url));
  if (budgetBytes <= 0) return rewrite();

  const load = () => loadOrLog(request, target);
  const { copy, kept } = pageCopy(fresh.etag, load, budgetBytes);
  const loaded = await copy;
  return loaded ? send(request, loaded, kept) : rewrite();
}

/** The answer for a view of `fresh`, before its Cache-Control is set. */
export async function answerCachedPage(
  request: NextRequest,
  fresh: CachedPage,
  budgetBytes: number,
): Promise<NextResponse> {
  const response = ifNoneMatchHas(request, fresh.etag)
    ? new NextResponse(null, { status: 304 })
    : await renderOrCopy(request, fresh, budgetBytes);
  response.headers.set("etag", fresh.etag);
  return response;
}
