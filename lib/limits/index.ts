import "server-only";
import pg from "pg";
import { postgresPoolConfig } from "../db/postgres-pool";
import { getEnv } from "../env";
import { log } from "../log";
import { createBudget, type Budget } from "../tmdb/budget";
import {
  createAdvisoryLocks,
  createLocalLocks,
  type ProcessLocks,
} from "./locks";
import { createSharedBudget } from "./tmdb-budget";

export { lockKeys, noLocks, type ProcessLocks } from "./locks";

/** TMDB requests in flight at once, across every process. */
export const tmdbMaxConcurrent = 20;

// Connections that wait for or hold a lock; each holder is one fetch from
// TMDB, and at most tmdbMaxConcurrent of those run at once anyway.
const lockPoolSize = 10;

const holder = globalThis as {
  castlogLocks?: ProcessLocks;
};

function openPool(url: string, options: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({
    ...postgresPoolConfig(url, getEnv().DB_TIMEOUT_MS),
    ...options,
  });
  pool.on("error", (error) =>
    log.warn({ error: error.message }, "coordination connection failed"),
  );
  return pool;
}

/**
 * The locks this process shares with every other process on its
 * database: advisory locks on PostgreSQL; on the embedded database, which
 * only one process may open, locks within this process.
 */
export function getProcessLocks(): ProcessLocks {
  if (holder.castlogLocks) return holder.castlogLocks;

  // A waiter gives up after two request timeouts and fetches by itself.
  const env = getEnv();
  const waitMs = env.TMDB_TIMEOUT_MS * 2;
  if (!env.DATABASE_URL) {
    return (holder.castlogLocks = createLocalLocks(waitMs));
  }

  const pool = openPool(env.DATABASE_URL, {
    max: lockPoolSize,
    options: `-c lock_timeout=${waitMs}`,
  });
  return (holder.castlogLocks = createAdvisoryLocks(pool));
}

/**
 * The budget of this process's TMDB client: TMDB_MAX_RPS requests per
 * second and tmdbMaxConcurrent at once, counted for this process alone on
 * the embedded database and for all processes together on PostgreSQL.
 */
export function createTmdbBudget(): Budget {
  const env = getEnv();
  const limits = { maxRps: env.TMDB_MAX_RPS, maxConcurrent: tmdbMaxConcurrent };
  const local = createBudget(limits);
  if (!env.DATABASE_URL) return local;

  return createSharedBudget({
    ...limits,
    local,
    // Apart from the lock pool: a lock holder waits for the budget, so the
    // budget must never wait for a connection a lock holder has.
    pool: openPool(env.DATABASE_URL, { max: 2 }),
    // Longer than any request may take: its timeout covers the body too.
    leaseMs: env.TMDB_TIMEOUT_MS + 5_000,
    onError: (error) =>
      log.warn(
        { error: error instanceof Error ? error.message : String(error) },
        "shared TMDB budget unavailable, using this process's own",
      ),
  });
}
