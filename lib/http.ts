import { createHash } from "node:crypto";

/** A JSON response; the body is serialised once, here. */
export function json(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/** A 400 answer naming the parameter that was wrong. */
export function badRequest(parameter: string, message: string): Response {
  return json({ error: "bad_request", parameter, message }, 400);
}

/** TMDB's own not-found shape, so that clients of TMDB understand it. */
export function tmdbNotFound(): Response {
  return json(
    {
      success: false,
      status_code: 34,
      status_message: "The resource you requested could not be found.",
    },
    404,
  );
}

export function strongEtag(body: string): string {
  const digest = createHash("sha256").update(body).digest("base64url");
  return `"${digest.slice(0, 27)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * Whether If-None-Match names `etag`, weak or strong alike, as RFC 9110
 * compares them for this header; false when it was not sent.
 */
export function ifNoneMatchHas(request: Request, etag: string): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch === null) return false;

  const tags = ifNoneMatch.split(",").map(opaque);
  return tags.includes("*") || tags.includes(opaque(etag));
}

/**
 * Whether the request's validators match: If-None-Match when sent (it
 * takes precedence), else If-Modified-Since at one-second precision.
 */
export function isNotModified(
  request: Request,
  etag: string,
  lastModified: Date,
): boolean {
  if (request.headers.has("if-none-match")) {
    return ifNoneMatchHas(request, etag);
  }

  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}
