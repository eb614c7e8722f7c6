import { json } from "../http";
import { log } from "../log";
import type { RefreshEvent, RefreshProgress, RefreshSummary } from "./events";
import { hasCronSecret } from "./cron-auth";

export type StartRefresh = (
  onProgress?: (progress: RefreshProgress) => void,
) => Promise<RefreshSummary> | null;

/** The media type of the progress stream: one JSON object per line. */
export const progressMediaType = "application/x-ndjson";

const busy = () =>
  json(
    {
      error: "already_running",
      message: "A refresh is already running in this server; try later.",
    },
    409,
  );

/** Logs an unexpected failure; returns what the caller is told. */
function reportFailure(error: unknown): string {
  log.error(
    { error: error instanceof Error ? error.message : String(error) },
    "the refresh of tracked seasons failed",
  );
  return "The refresh failed; the server's log says why.";
}

/**
 * Streams the run's progress as JSON lines, ending with the summary (or
 * the failure). The run goes on when the caller stops listening.
 */
function streamRun(start: StartRefresh): Response {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => (controller = c),
  });
  const send = (event: RefreshEvent) => {
    try {
      controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
    } catch {
      // The caller went away; the stream is closed.
    }
  };

  const run = start(send);
  if (!run) return busy();
  run
    .then(
      (summary) => send({ stage: "finished", summary }),
      (error: unknown) =>
        send({ stage: "failed", message: reportFailure(error) }),
    )
    .finally(() => {
      try {
        controller.close();
      } catch {
        // Already closed by the caller going away.
      }
    });

  return new Response(body, {
    headers: {
      "content-type": `${progressMediaType}; charset=utf-8`,
      "cache-control": "no-store",
    },
  });
}

/**
 * Answers POST /api/cron/refresh: checks the bearer secret, runs the
 * refresh and answers its summary as JSON, or streams its progress when
 * the caller accepts JSON lines. Without a configured secret the endpoint
 * is off.
 */
export async function answerCronRefresh(
  request: Request,
  secret: string | undefined,
  start: StartRefresh,
): Promise<Response> {
  if (!secret) {
    return json(
      {
        error: "cron_disabled",
        message: "Refreshing through this endpoint is off: set CRON_SECRET.",
      },
      503,
    );
  }
  if (!hasCronSecret(request.headers.get("authorization"), secret)) {
    return json(
      {
        error: "unauthorized",
        message: "Send Authorization: Bearer <CRON_SECRET>.",
      },
      401,
      { "www-authenticate": "Bearer" },
    );
  }

  const accept = request.headers.get("accept") ?? "";
  if (accept.includes(progressMediaType)) return streamRun(start);

  const run = start();
  if (!run) return busy();
  try {
    return json(await run, 200, { "cache-control": "no-store" });
  } catch (error) {
    return json({ error: "failed", message: reportFailure(error) }, 500);
  }
}
