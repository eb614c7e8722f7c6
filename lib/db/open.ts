import { PrismaClient } from "./generated/client";
import { openAdapter, type DatabaseTarget } from "./adapter";
import { applyMigrations } from "./migrate";

export type Db = PrismaClient;

export type OpenDatabase = {
  db: Db;
  target: DatabaseTarget;
  close(): Promise<void>;
};

/**
 * Opens the database, applies pending migrations and returns a Prisma
 * client on it. For a PGlite directory the process holds the directory's
 * lock until close().
 */
export async function openDatabase(
  target: DatabaseTarget,
): Promise<OpenDatabase> {
  const adapter = await openAdapter(target);

  try {
    await applyMigrations(adapter.factory);
  } catch (error) {
    await adapter.close();
    throw error;
  }

  const db = new PrismaClient({ adapter: adapter.factory });
  return {
    db,
    target,
    close: async () => {
      await db.$disconnect();
      await adapter.close();
    },
  };
}
