import {
  refreshEventSchema,
  type RefreshProgress,
  type RefreshSummary,
} from "../refresh-job/events";

/** A refusal or failure to explain to the person at the terminal. */
export class RefreshRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefreshRefused";
  }
}

const whatToDo =
  "\nThe embedded database can be opened by one process only, so this " +
  "command asks the running castlog server to refresh. Either start the " +
  "server with CRON_SECRET set (npm start) and run this command with the " +
  "same CRON_SECRET (and SITE_URL, unless it is http://localhost:3000), " +
  "or use PostgreSQL (DATABASE_URL) and this command refreshes by itself.";

/** Why the server did not start the refresh, from its answer. */
function refusalOf(status: number, endpoint: string): RefreshRefused {
  const reasons: Record<number, string> = {
    401: "refused CRON_SECRET: use the value the server was started with.",
    404: "has no refresh endpoint: is it castlog?",
    409: "is already refreshing; try again once it is done.",
    503: `has no CRON_SECRET.${whatToDo}`,
  };
  const reason = reasons[status] ?? `answered ${status}.`;
  return new RefreshRefused(`The server at ${endpoint} ${reason}`);
}

/** Reads the stream's lines as they arrive, the last one included. */
async function* readLines(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    yield* lines.filter((line) => line.trim() !== "");
  }
  if (pending.trim() !== "") yield pending;
}

function parseEvent(line: string) {
  try {
    return refreshEventSchema.parse(JSON.parse(line));
  } catch {
    throw new RefreshRefused(
      "The server's answer is not the refresh's progress: is SITE_URL " +
        "castlog's address?",
    );
  }
}

/**
 * Asks the castlog server at `siteUrl` to refresh every tracked season,
 * following its progress. Throws RefreshRefused, saying what to do, when
 * the server cannot be reached or does not run the refresh.
 */
export async function refreshThroughServer(
  siteUrl: string,
  cronSecret: string | undefined,
  onProgress: (progress: RefreshProgress) => void,
): Promise<RefreshSummary> {
  if (!cronSecret) {
    throw new RefreshRefused(`CRON_SECRET is not set.${whatToDo}`);
  }

  const endpoint = `${siteUrl}/api/cron/refresh`;
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      authorization: `Bearer ${cronSecret}`,
      accept: "application/x-ndjson",
      // Compression would hold progress lines back until a block fills.
      "accept-encoding": "identity",
    },
  }).catch(() => {
    throw new RefreshRefused(
      `No castlog server answers at ${siteUrl}.${whatToDo}`,
    );
  });
  if (!response.ok || !response.body) {
    throw refusalOf(response.status, endpoint);
  }

  for await (const line of readLines(response.body)) {
    const event = parseEvent(line);
    if (event.stage === "finished") return event.summary;
    if (event.stage === "failed") throw new RefreshRefused(event.message);
    onProgress(event);
  }
  throw new RefreshRefused(
    "The server stopped answering before the refresh finished; its log " +
      "may say why.",
  );
}
