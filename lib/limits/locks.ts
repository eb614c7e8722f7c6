import type pg from "pg";
import { log } from "../log";

/**
 * Named locks that every process sharing the database respects, so that
 * work done once for all of them (fetching a season from TMDB, say) is
 * not done by several at the same moment.
 */
export type ProcessLocks = {
  /**
   * Runs `task` holding the lock named `key`, after whoever holds it now
   * is done; resolves or rejects as the task does. A task that waits too
   * long runs anyway, without the lock: the lock saves work, it does not
   * guard data. The task may take further locks through its argument.
   */
  withLock<T>(
    key: string,
    task: (inner: ProcessLocks) => Promise<T>,
  ): Promise<T>;
};

/** For work nothing else does at the same time: there is no one to wait for. */
export const noLocks: ProcessLocks = {
  withLock: (_key, task) => task(noLocks),
};

/**
 * Locks within this one process, for a database no other process may open
 * (the embedded one): page views and the refresh job still share the
 * process, and must not fetch the same season at once. Waiters go in turn.
 * A wait longer than `waitMs` runs the task anyway, as a PostgreSQL wait
 * past its lock_timeout does. Not re-entrant: a task must not take its
 * own key again.
 */
export function createLocalLocks(waitMs: number): ProcessLocks {
  // The promise that settles when the last holder or waiter of each key
  // lets go; absent when no one holds the key.
  const tails = new Map<string, Promise<void>>();

  const locks: ProcessLocks = {
    async withLock(key, task) {
      const before = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      const tail = before.then(() => done);
      tails.set(key, tail);

      if (!(await settlesWithin(before, waitMs))) {
        log.warn({ lock: key, timedOut: true }, "running without the lock");
      }
      try {
        return await task(locks);
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
  return locks;
}

/** Whether `promise` settles within `ms`; never rejects. */
async function settlesWithin(promise: Promise<void>, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

const lockNotAvailable = "55P03";

/** Lock names for the work castlog shares between processes. */
export const lockKeys = {
  season: (key: { seriesId: number; seasonNumber: number; language: string }) =>
    `season:${key.seriesId}/${key.seasonNumber}/${key.language}`,
  series: (seriesId: number) => `series:${seriesId}`,
};

type Connection = {
  client: pg.PoolClient;
  /** False once the outermost task is done and the client went back. */
  open: boolean;
  /** Set when the connection can no longer be trusted with locks. */
  broken?: Error;
};

/** Takes the lock; false when the wait timed out or the query failed. */
async function takeLock(connection: Connection, key: string) {
  try {
    await connection.client.query(
      "SELECT pg_advisory_lock(hashtextextended($1, 0))",
      [key],
    );
    return true;
  } catch (error) {
    const timedOut = (error as { code?: string }).code === lockNotAvailable;
    if (!timedOut) connection.broken = error as Error;
    log.warn({ lock: key, timedOut }, "running without the lock");
    return false;
  }
}

/**
 * PostgreSQL session advisory locks, held on connections of their own
 * pool: a holder keeps its connection for as long as its task runs, and
 * sharing Prisma's pool would let holders starve the queries their tasks
 * need. The pool's connections should set lock_timeout, which bounds the
 * wait. Locks a task takes through its argument use the holder's
 * connection, so nesting never waits for a free connection. A process
 * that dies loses its connections, and PostgreSQL frees their locks.
 */
export function createAdvisoryLocks(pool: pg.Pool): ProcessLocks {
  function scopeOf(connection: Connection): ProcessLocks {
    const scope: ProcessLocks = {
      async withLock(key, task) {
        if (!connection.open) return locks.withLock(key, task);

        const locked = await takeLock(connection, key);
        try {
          return await task(scope);
        } finally {
          if (locked) {
            // Should the unlock fail, dropping the connection frees it.
            await connection.client
              .query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [
                key,
              ])
              .catch((error: Error) => (connection.broken = error));
          }
        }
      },
    };
    return scope;
  }

  const locks: ProcessLocks = {
    async withLock(key, task) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        log.warn({ lock: key, error: String(error) }, "no connection for lock");
        return task(noLocks);
      }

      const connection: Connection = { client, open: true };
      try {
        return await scopeOf(connection).withLock(key, task);
      } finally {
        connection.open = false;
        client.release(connection.broken);
      }
    },
  };
  return locks;
}
