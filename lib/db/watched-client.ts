import pg from "pg";
import { DatabaseSilentError, DatabaseUnreachableError } from "./errors";

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
   * Whether the database is known not to answer; checks it when what is
   * known is stale (see ReachabilityCache.current). Never rejects.
   */
  isDown: () => Promise<boolean>;
  /** The same without checking: what is known this moment. */
  knownDown: () => boolean;
  /**
   * Asked over another connection: whether server process `pid` is
   * running a statement (it may be waiting for a lock). Never rejects.
   */
  isRunning: (pid: number) => Promise<boolean>;
};

const downLately = "it did not answer a moment ago";

/** pg keeps these up to date; readyForQuery is false while one is out. */
type PgClientState = { readyForQuery: boolean; processID: number | null };

function watch(client: pg.Client, options: WatchOptions) {
  const { timeoutMs, isDown, knownDown, isRunning } = options;
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
    const pid = state.processID;
    const working =
      !(await isDown()) && (pid === null || (await isRunning(pid)));
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

  // While the database is known down, connecting fails at once instead of
  // waiting out the timeout for every new connection.
  type Done = (error: Error | null) => void;
  const connect = client.connect.bind(client) as (done?: Done) => unknown;
  client.connect = ((done?: Done) => {
    const allowed = isDown().then((down) => {
      if (down) throw new DatabaseUnreachableError("unreachable", downLately);
    });
    if (!done) return allowed.then(() => connect());
    allowed.then(() => connect(done), done);
  }) as typeof client.connect;

  // Nor is a statement sent while it is known down: the connection (idle
  // in a pool, perhaps stuck) is ended, failing the statement at once.
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    if (knownDown() && state.processID !== null) {
      const error = new DatabaseUnreachableError("unreachable", downLately);
      client.connection.stream.destroy(error);
    }
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
