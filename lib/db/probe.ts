import pg from "pg";
import { getEnv } from "../env";
import { log } from "../log";
import {
  createReachabilityCache,
  type CheckOutcome,
  type ReachabilityCache,
} from "./reachability";

export type DatabaseProbe = ReachabilityCache & {
  /**
   * Whether the server process `pid` is running a statement (it may be
   * waiting for a lock). False when it is idle, gone, or cannot be asked.
   */
  isRunningStatement(pid: number): Promise<boolean>;
};

// A "reachable" is trusted for this long before serving a request asks
// again: one cheap query a second at most, whatever the traffic.
const freshMs = 1000;

function openProbePool(url: string, timeoutMs: number): pg.Pool {
  // `SELECT 1` never waits for a lock, so a plain timeout on the whole
  // exchange is right here, unlike on the pools that run castlog's work.
  return new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    keepAlive: true,
    allowExitOnIdle: true,
  });
}

/**
 * Checks a PostgreSQL database over a connection of its own with
 * `SELECT 1`, answering within `timeoutMs`. See ReachabilityCache for how
 * results are reused.
 */
export function createDatabaseProbe(
  url: string,
  timeoutMs: number,
): DatabaseProbe {
  const pool = openProbePool(url, timeoutMs);

  function failure(ms: number, error: unknown): CheckOutcome {
    const reason = ms >= timeoutMs ? "timeout" : "unreachable";
    return { ok: false, ms, reason, detail: String(error) };
  }

  async function run(): Promise<CheckOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      await pool.query("SELECT 1");
      return { ok: true, ms: elapsed() };
    } catch (error) {
      return failure(elapsed(), error);
    }
  }

  const cache = createReachabilityCache(run, {
    freshMs,
    onChange: (now) =>
      now.ok
        ? log.info({ ms: now.ms }, "database reachable")
        : log.warn(
            { reason: now.reason, error: now.detail },
            "database unreachable",
          ),
  });
  // The connection broke: whatever was seen before no longer holds.
  pool.on("error", () => cache.invalidate());

  // Also a check of the database: a failure says as much as run()'s.
  async function isRunningStatement(pid: number): Promise<boolean> {
    const started = performance.now();
    try {
      const { rows } = await pool.query<{ active: boolean }>(
        "SELECT state = 'active' AS active FROM pg_stat_activity " +
          "WHERE pid = $1",
        [pid],
      );
      return rows[0]?.active === true;
    } catch (error) {
      cache.report(failure(Math.round(performance.now() - started), error));
      return false;
    }
  }

  return { ...cache, isRunningStatement };
}

// One probe per database per process, shared by its pools, the health
// check and the proxy; kept on globalThis like the database client.
const holder = globalThis as {
  castlogProbes?: Map<string, DatabaseProbe>;
};

/** The process's probe of the database at `url`. */
export function databaseProbe(url: string, timeoutMs: number): DatabaseProbe {
  holder.castlogProbes ??= new Map();
  const key = `${timeoutMs} ${url}`;
  let probe = holder.castlogProbes.get(key);
  if (!probe) {
    probe = createDatabaseProbe(url, timeoutMs);
    holder.castlogProbes.set(key, probe);
  }
  return probe;
}

/**
 * The probe of this process's PostgreSQL database; null on the embedded
 * one, which lives inside the process and cannot become unreachable.
 */
export function configuredDatabaseProbe(): DatabaseProbe | null {
  const env = getEnv();
  if (!env.DATABASE_URL) return null;
  return databaseProbe(env.DATABASE_URL, env.DB_TIMEOUT_MS);
}
