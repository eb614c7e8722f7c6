import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { faultSchema, type FaultQueue } from "./faults";
import type { RequestCounter } from "./request-counts";
import { sendJson } from "./send";

export type ControlState = { faults: FaultQueue; counts: RequestCounter };

// Control bodies are a few hundred bytes; a limit keeps a stray upload
// from filling memory.
const maxBodyBytes = 1_000_000;

async function readJsonBody(
  request: IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return { ok: false, error: "body too large" };
    chunks.push(chunk);
  }

  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString()) };
  } catch {
    return { ok: false, error: "body is not valid JSON" };
  }
}

async function addFault(
  request: IncomingMessage,
  response: ServerResponse,
  state: ControlState,
): Promise<void> {
  const body = await readJsonBody(request);
  if (!body.ok) return sendJson(response, 400, { error: body.error });

  const parsed = faultSchema.safeParse(body.value);
  if (!parsed.success) {
    return sendJson(response, 400, { error: z.prettifyError(parsed.error) });
  }

  state.faults.add(parsed.data);
  sendJson(response, 200, { fault: parsed.data });
}

/** Serves /_control/*: no token needed, JSON in and out. */
export async function handleControl(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  state: ControlState,
): Promise<void> {
  const route = `${request.method ?? ""} ${pathname}`;

  switch (route) {
    case "POST /_control/faults":
      return addFault(request, response, state);
    case "GET /_control/faults":
      return sendJson(response, 200, { faults: state.faults.pending() });
    case "DELETE /_control/faults":
      return sendJson(response, 200, { cleared: state.faults.clear() });
    case "GET /_control/requests":
      return sendJson(response, 200, state.counts.snapshot());
    case "GET /_control/requests/timeline":
      return sendJson(response, 200, state.counts.timeline());
    case "DELETE /_control/requests":
      state.counts.reset();
      return sendJson(response, 200, state.counts.snapshot());
  }

  const known = [
    "/_control/faults",
    "/_control/requests",
    "/_control/requests/timeline",
  ];
  if (known.includes(pathname)) {
    return sendJson(response, 405, { error: `${route} is not supported` });
  }
  sendJson(response, 404, { error: `no control endpoint ${pathname}` });
}
