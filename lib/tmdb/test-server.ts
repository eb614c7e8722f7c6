import { afterEach } from "vitest";
import { createTmdbClient, type TmdbClientOptions } from "./client";
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

// A real HTTP server for the client's tests, so that timeouts, cut-off
// bodies and connection limits behave as they do against TMDB.

export type ReceivedRequest = {
  url: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request arrived. */
  at: number;
};

export type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  index: number,
) => void | Promise<void>;

export type TestServer = {
  url: string;
  received: ReceivedRequest[];
  /** The most requests the server was answering at the same time. */
  peakConcurrency(): number;
  close(): Promise<void>;
};

export async function startTestServer(handler: Handler): Promise<TestServer> {
  const received: ReceivedRequest[] = [];
  let active = 0;
  let peak = 0;

  const server = createServer((request, response) => {
    const index = received.length;
    received.push({
      url: request.url ?? "",
      headers: request.headers,
      at: performance.now(),
    });
    active += 1;
    peak = Math.max(peak, active);
    response.on("close", () => {
      active -= 1;
    });

    void Promise.resolve(handler(request, response, index)).catch(() => {
      response.destroy();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    peakConcurrency: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json;charset=utf-8",
    ...headers,
  });
  response.end(text);
}

export const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * For a test file: `clientFor(handler)` starts a test server answering
 * with `handler` and a client on it (the file's `defaults`, then the
 * call's options); each test's server is closed after it.
 */
export function setUpTestClients(defaults: Partial<TmdbClientOptions>) {
  let server: TestServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  return async function clientFor(
    handler: Handler,
    options: Partial<TmdbClientOptions> = {},
  ) {
    server = await startTestServer(handler);
    const client = createTmdbClient({
      baseUrl: server.url,
      maxRps: 1000,
      timeoutMs: 1000,
      ...defaults,
      ...options,
    });
    return { client, server };
  };
}
