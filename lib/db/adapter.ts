import { mkdirSync } from "node:fs";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defaultDbTimeoutMs } from "../env";
import { DatabaseUnreachableError } from "./errors";
import { lockDirectory } from "./lock";
import { databaseProbe } from "./probe";
import { postgresPoolConfig } from "./postgres-pool";

export type DatabaseTarget =
  /** timeoutMs: DB_TIMEOUT_MS, see lib/db/watched-client.ts. */
  | { kind: "postgres"; url: string; timeoutMs?: number }
  | { kind: "pglite"; dir: string }
  | { kind: "memory" };

export type OpenAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

/**
 * Opens the driver adapter for a target. For a PGlite directory this takes
 * the directory's lock first, so a second process fails fast instead of
 * corrupting the data.
 */
export async function openAdapter(
  target: DatabaseTarget,
): Promise<OpenAdapter> {
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { url, timeoutMs = defaultDbTimeoutMs } = target;
    const probe = databaseProbe(url, timeoutMs);
    // Fails fast, and spares the schema engine a database it cannot reach.
    const reach = await probe.check();
    if (!reach.ok) {
      throw new DatabaseUnreachableError(reach.reason, reach.detail);
    }
    const config = { ...postgresPoolConfig(url, timeoutMs), max: 10 };
    return {
      // A pooled connection that broke means the next request should
      // check the database before relying on it.
      factory: new PrismaPg(config, { onPoolError: () => probe.invalidate() }),
      close: async () => undefined,
    };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  let release = () => undefined as void;
  if (target.kind === "pglite") {
    mkdirSync(target.dir, { recursive: true });
    release = lockDirectory(target.dir);
  }

  try {
    const pglite =
      target.kind === "pglite" ? new PGlite(target.dir) : new PGlite();
    await pglite.waitReady;
    return {
      factory: new PrismaPGlite(pglite),
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
