import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase, type Db, type OpenDatabase } from "@/lib/db/open";
import { createTestDatabase, type TestDatabaseKind } from "./db";
import type { NextServerOptions } from "./next-server";

/**
 * A database of the test's own for production servers that come and go:
 * a PGlite directory, or a PostgreSQL database dropped at close.
 */
export type ServerDatabase = {
  kind: TestDatabaseKind;
  /** What a server on this database is started with. */
  env: Record<string, string>;
  options: NextServerOptions;
  /**
   * Runs `work` on the database. PGlite allows one process at a time, so
   * there only while no server runs on it.
   */
  use<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Resolves once a server's session waits in pg_sleep inside an open
   * transaction (PostgreSQL only: PGlite has no other sessions to see).
   */
  waitForSleepInTransaction(timeoutMs: number): Promise<void>;
  /**
   * The tables other sessions' open transactions have written to (they
   * hold a row-exclusive lock on each); PostgreSQL only.
   */
  tablesBeingWritten(): Promise<string[]>;
  /** Resolves once no other session has a transaction open. */
  waitForNoOpenTransaction(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
};

async function poll(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function otherSessions(db: Db, where: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid()
       AND xact_start IS NOT NULL AND ${where}`,
  );
  return rows[0]!.n;
}

async function postgresDatabase(): Promise<ServerDatabase> {
  const open = await createTestDatabase("postgres");
  if (open.target.kind !== "postgres") throw new Error("not PostgreSQL");
  // A session whose client died mid-statement notices at once instead of
  // when the statement ends, as after a crash it would on its next read.
  await open.db.$executeRawUnsafe(
    `ALTER DATABASE "${new URL(open.target.url).pathname.slice(1)}"
     SET client_connection_check_interval = '200ms'`,
  );

  return {
    kind: "postgres",
    env: { DATABASE_URL: open.target.url },
    options: {},
    use: (work) => work(open.db),
    waitForSleepInTransaction: (timeoutMs) =>
      poll("a session sleeping in a transaction", timeoutMs, async () => {
        return (await otherSessions(open.db, `wait_event = 'PgSleep'`)) > 0;
      }),
    tablesBeingWritten: async () => {
      const rows = await open.db.$queryRawUnsafe<{ relname: string }[]>(
        `SELECT DISTINCT c.relname FROM pg_locks l
         JOIN pg_class c ON c.oid = l.relation AND c.relkind = 'r'
         JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
           AND l.mode = 'RowExclusiveLock'
         ORDER BY c.relname`,
      );
      return rows.map((row) => row.relname);
    },
    waitForNoOpenTransaction: (timeoutMs) =>
      poll("no open transaction", timeoutMs, async () => {
        return (await otherSessions(open.db, "true")) === 0;
      }),
    close: () => open.close(),
  };
}

function pgliteDatabase(): ServerDatabase {
  const parent = mkdtempSync(path.join(os.tmpdir(), "castlog-crash-"));
  const dir = path.join(parent, "pglite");

  return {
    kind: "pglite",
    env: {},
    options: { pgliteDir: dir },
    use: async (work) => {
      const open: OpenDatabase = await openDatabase({ kind: "pglite", dir });
      try {
        return await work(open.db);
      } finally {
        await open.close();
      }
    },
    waitForSleepInTransaction: async () => {
      throw new Error("PGlite has no sessions to watch");
    },
    tablesBeingWritten: async () => {
      throw new Error("PGlite has no sessions to watch");
    },
    waitForNoOpenTransaction: async () => undefined,
    close: async () => rmSync(parent, { recursive: true, force: true }),
  };
}

export async function createServerDatabase(
  kind: TestDatabaseKind,
): Promise<ServerDatabase> {
  return kind === "postgres" ? postgresDatabase() : pgliteDatabase();
}
