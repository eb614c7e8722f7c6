import { mkdirSync } from "node:fs";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { lockDirectory } from "./lock";

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
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
    return {
      factory: new PrismaPg({ connectionString: target.url, max: 10 }),
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
