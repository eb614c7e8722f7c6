import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

export const jsonContentType = "application/json;charset=utf-8";

export type Answer = {
  status: number;
  body: Buffer;
  headers?: Record<string, string>;
};

// Enough pieces that a client sees the body trickle in, few enough that
// each one still arrives as its own write.
const slowBodyChunks = 16;

/** Waits, unless the server is closing (then rejects with AbortError). */
export async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms > 0) await sleep(ms, undefined, { signal });
}

function splitBody(body: Buffer): Buffer[] {
  const count = Math.max(1, Math.min(slowBodyChunks, body.length));
  const size = Math.ceil(body.length / count);
  const chunks: Buffer[] = [];
  for (let start = 0; start < body.length; start += size) {
    chunks.push(body.subarray(start, start + size));
  }
  return chunks;
}

/**
 * Sends the answer's bytes unchanged. With slowBodyMs the headers go out
 * at once and the body follows in chunks, the last one after slowBodyMs.
 */
export async function sendAnswer(
  response: ServerResponse,
  answer: Answer,
  slowBodyMs: number,
  signal: AbortSignal,
): Promise<void> {
  response.writeHead(answer.status, {
    "content-type": jsonContentType,
    "content-length": String(answer.body.length),
    ...answer.headers,
  });
  if (slowBodyMs === 0) {
    response.end(answer.body);
    return;
  }

  response.flushHeaders();
  const chunks = splitBody(answer.body);
  for (const chunk of chunks) {
    await pause(slowBodyMs / chunks.length, signal);
    // The client may have given up waiting; nobody is left to write to.
    if (response.destroyed) return;
    response.write(chunk);
  }

  response.end();
}

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
): void {
  const body = Buffer.from(JSON.stringify(value));
  response.writeHead(status, {
    "content-type": jsonContentType,
    "content-length": String(body.length),
  });
  response.end(body);
}
