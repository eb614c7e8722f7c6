import pg from "pg";

// A plain statement timeout cannot tell a database that stopped answering
// from one that is busy: castlog's statements may rightly wait a long time
// for a lock (an ingest queued behind another, a process waiting for a
// season another one is fetching) or run long (a 5,000-entry ingest). So
// a connection that has heard nothing back for timeoutMs while a statement
// is out asks the database, over another connection, whether it answers
// and is still working on that statement. If so, the statement keeps
// waiting; if not, the connection is ended and its statements fail. A
// blackholed database thus ends every statement within about twice the
// timeout, a connection lost on its own (its answer never arrives) soon
// after, and a slow statement is never cut short.

export type WatchOptions = {
  timeoutMs: number;
  /**
   * Asked over another connection: whether the database answers and its
   * server process `pid` (null before it is known) is running a statement.
   */
  isWorking: (pid: number | null) => Promise<boolean>;
};

export class DatabaseSilentError extends Error {
  constructor(timeoutMs: number) {
    super(`PostgreSQL did not answer within ${timeoutMs} ms`);
    this.name = "DatabaseSilentError";
  }
}

/** pg keeps these up to date; readyForQuery is false while one is out. */
type PgClientState = { readyForQuery: boolean; processID: number | null };

function watch(client: pg.Client, { timeoutMs, isWorking }: WatchOptions) {
  // When something last showed the connection alive: a message from the
  // server, or a statement sent (its silence starts then).
  let aliveAt = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const state = client as unknown as PgClientState;
  const busy = () => !state.readyForQuery;

  function arm(delayMs: number) {
    timer = setTimeout(() => void look(), delayMs);
    timer.unref();
  }

  async function look() {
    timer = undefined;
    if (!busy()) return;
    const silentMs = Date.now() - aliveAt;
    if (silentMs < timeoutMs) return arm(timeoutMs - silentMs);

    const askedAt = Date.now();
    const working = await isWorking(state.processID).catch(() => false);
    // An answer that arrived meanwhile settles it.
    if (!busy() || aliveAt >= askedAt) return arm(timeoutMs);
    if (working) {
      aliveAt = Date.now();
      return arm(timeoutMs);
    }
    client.connection.stream.destroy(new DatabaseSilentError(timeoutMs));
  }

  client.connection.on("message", () => (aliveAt = Date.now()));
  client.once("end", () => clearTimeout(timer));
  // The failure reaches every statement on the connection; the event must
  // not also crash the process when no one holding the client listens.
  client.on("error", () => undefined);

  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    aliveAt = Date.now();
    if (!timer) arm(timeoutMs);
    return query(...args);
  }) as typeof client.query;
}

/**
 * A pg Client class for pools: connecting gives up after timeoutMs, and a
 * statement that hears nothing back is ended when the database does not
 * answer elsewhere either (see above). The pool's own wait for a free
 * connection stays unbounded, as before: a busy pool is not an outage.
 */
export function watchedClient(options: WatchOptions): typeof pg.Client {
  return class WatchedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      const given =
        typeof config === "string" ? { connectionString: config } : config;
      super({
        ...given,
        connectionTimeoutMillis: options.timeoutMs,
        keepAlive: true,
      });
      watch(this, options);
    }
  };
}
