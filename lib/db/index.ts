import "server-only";
import path from "node:path";
import { getEnv } from "../env";
import { log } from "../log";
import type { DatabaseTarget } from "./adapter";
import { openDatabase, type Db, type OpenDatabase } from "./open";

export type { Db } from "./open";
export { Prisma } from "./generated/client";

/** The database this process is configured for. */
export function configuredTarget(): DatabaseTarget {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const { DATABASE_URL: url, DB_TIMEOUT_MS: timeoutMs } = env;
    return { kind: "postgres", url, timeoutMs };
  }
  return { kind: "pglite", dir: path.resolve(env.PGLITE_DIR) };
}

// One database per process, kept on globalThis so that development reloads
// of this module do not open the PGlite directory a second time.
const holder = globalThis as { castlogDb?: Promise<OpenDatabase> };

/** The process-wide database, opened and migrated on first use. */
export async function getDb(): Promise<Db> {
  holder.castlogDb ??= openDatabase(configuredTarget()).then(
    (open) => {
      log.info({ database: open.target.kind }, "database ready");
      return open;
    },
    (error: unknown) => {
      holder.castlogDb = undefined;
      throw error;
    },
  );
  return (await holder.castlogDb).db;
}

/**
 * Replaces the process-wide database; for tests, which open their own.
 * Not for application code.
 */
export function setDbForTests(open: OpenDatabase): void {
  holder.castlogDb = Promise.resolve(open);
}
