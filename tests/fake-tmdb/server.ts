import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { answerError, answerNormally, applyFault } from "./answer";
import { handleControl, type ControlState } from "./control";
import {
  createFaultQueue,
  faultSchema,
  type Fault,
  type FaultInput,
} from "./faults";
import {
  createRequestCounter,
  type RequestCounts,
  type RequestTimeline,
} from "./request-counts";
import { pause, sendAnswer } from "./send";
import { DEFAULT_TOKEN } from "./token";

export type FakeTmdbOptions = {
  /** 0 picks a free port. */
  port?: number;
  fixturesDir: string;
  /** Accepted bearer tokens; none given means DEFAULT_TOKEN alone. */
  tokens?: string[];
  /** Added before every /3/ response. */
  latencyMs?: number;
};

export type FakeTmdb = {
  /** e.g. "http://127.0.0.1:4010", without a trailing slash. */
  url: string;
  port: number;
  /** Validates like POST /_control/faults; throws a ZodError if invalid. */
  addFault(fault: FaultInput): void;
  clearFaults(): void;
  pendingFaults(): Fault[];
  requestCounts(): RequestCounts;
  /** When requests arrived and how many were answered at once. */
  requestTimeline(): RequestTimeline;
  resetCounts(): void;
  /** Ends open connections too. Safe to call more than once. */
  close(): Promise<void>;
};

type Context = ControlState & {
  fixturesDir: string;
  tokens: Set<string>;
  latencyMs: number;
  signal: AbortSignal;
};

function isAuthorized(request: IncomingMessage, tokens: Set<string>): boolean {
  const match = /^Bearer (.+)$/i.exec(request.headers.authorization ?? "");
  return match?.[1] !== undefined && tokens.has(match[1]);
}

async function handleTmdb(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: Context,
): Promise<void> {
  // Faults and counts key on the path as sent, before URL normalization.
  const path = (request.url ?? "").split("?")[0] ?? "";
  const finished = context.counts.record(path);
  // "close" follows the last byte sent, or a connection cut short.
  response.once("close", finished);
  await pause(context.latencyMs, context.signal);

  if (request.method !== "GET" || !isAuthorized(request, context.tokens)) {
    const status = request.method === "GET" ? 401 : 405;
    return sendAnswer(response, answerError(status), 0, context.signal);
  }

  const fault = context.faults.take(path);
  await pause(fault?.delayMs ?? 0, context.signal);
  const language = url.searchParams.get("language");
  const normal = await answerNormally(context.fixturesDir, { path, language });

  const answer = applyFault(normal, fault);
  await sendAnswer(response, answer, fault?.slowBodyMs ?? 0, context.signal);
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  context: Context,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://fake-tmdb.invalid");

  if (url.pathname.startsWith("/_control/")) {
    return handleControl(request, response, url.pathname, context);
  }
  if (url.pathname.startsWith("/3/")) {
    return handleTmdb(request, response, url, context);
  }

  return sendAnswer(response, answerError(404), 0, context.signal);
}

function reportFailure(response: ServerResponse, signal: AbortSignal): void {
  // Closing the server aborts pending waits; those responses are dropped.
  if (signal.aborted || response.headersSent) {
    response.destroy();
    return;
  }
  void sendAnswer(response, answerError(500), 0, signal);
}

export async function startFakeTmdb(
  options: FakeTmdbOptions,
): Promise<FakeTmdb> {
  const given = options.tokens ?? [];
  const shutdown = new AbortController();
  const context: Context = {
    fixturesDir: options.fixturesDir,
    tokens: new Set(given.length > 0 ? given : [DEFAULT_TOKEN]),
    latencyMs: options.latencyMs ?? 0,
    signal: shutdown.signal,
    faults: createFaultQueue(),
    counts: createRequestCounter(),
  };

  const server = createServer((request, response) => {
    route(request, response, context).catch(() =>
      reportFailure(response, shutdown.signal),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      shutdown.abort();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    addFault: (fault) => context.faults.add(faultSchema.parse(fault)),
    clearFaults: () => void context.faults.clear(),
    pendingFaults: () => context.faults.pending(),
    requestCounts: () => context.counts.snapshot(),
    requestTimeline: () => context.counts.timeline(),
    resetCounts: () => context.counts.reset(),
    close,
  };
}
