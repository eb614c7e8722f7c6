import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";

// The proxy sometimes asks the site for one of its own pages: the designed
// unavailable page (lib/outage.ts), a season page's cached render
// (lib/page-cache/answer.ts). Such requests carry a key known only to this
// process, so the pages they reach can refuse everyone else.

const header = "x-castlog-self";
const key = randomUUID();

/**
 * This server's own address. Next records the port it listens on in PORT;
 * the request's address is only a fallback, since behind a reverse proxy
 * it names the public site.
 */
function selfOrigin(request: NextRequest): string {
  const port = process.env.PORT || request.nextUrl.port;
  return `http://127.0.0.1:${port}`;
}

/** GET `path` from this server, marked as the proxy's own request. */
export function fetchSelf(
  request: NextRequest,
  path: string,
  timeoutMs: number,
): Promise<Response> {
  return fetch(`${selfOrigin(request)}${path}`, {
    // Compressing for a reader on the same machine would only cost time.
    headers: { [header]: key, "accept-encoding": "identity" },
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
}

/** Whether the request is one the proxy sent itself with fetchSelf. */
export function isSelfFetch(request: NextRequest): boolean {
  return request.headers.get(header) === key;
}
