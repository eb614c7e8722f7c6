import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import {
  noFilters,
  openSchemaEngine,
  readMigrationList,
} from "./schema-engine";

/**
 * The factory, noting every connection it opens so that they can all be
 * closed. The schema engine takes PostgreSQL's migration advisory lock on
 * a connection of its own and never closes it; left open, that connection
 * would keep every other process from migrating, and so from starting.
 */
function closableFactory(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const noted = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    opened.push(adapter);
    return adapter;
  };

  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => noted(factory.connect()),
      connectToShadowDb: () => noted(factory.connectToShadowDb()),
    } satisfies SqlMigrationAwareDriverAdapterFactory,
    closeAll: () => Promise.all(opened.map((adapter) => adapter.dispose())),
  };
}

/**
 * Applies every migration in prisma/migrations that the database has not
 * seen, keeping `_prisma_migrations` as `prisma migrate deploy` would.
 * Idempotent; returns the names of the migrations it applied.
 */
export async function applyMigrations(
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  const closable = closableFactory(adapter);
  const engine = await openSchemaEngine(closable.factory);

  try {
    const output = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: noFilters,
    });
    return output.appliedMigrationNames;
  } finally {
    engine.free();
    await closable.closeAll();
  }
}

/**
 * The SQL that would bring a database migrated with prisma/migrations to
 * prisma/schema.prisma, or null when they agree. `adapter` must reach an
 * empty database (a fresh in-memory PGlite): the migrations are applied to
 * it and the result is compared with the schema. This avoids the shadow
 * database the engine's own createMigration needs, which its WebAssembly
 * build cannot open.
 */
export async function diffSchemaFromMigrations(
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<string | null> {
  const { readFile } = await import("node:fs/promises");
  const { projectPaths } = await import("./schema-engine");
  await applyMigrations(adapter);
  const engine = await openSchemaEngine(adapter);

  try {
    const schema = await readFile(projectPaths.schema, "utf8");
    const files = [{ path: projectPaths.schema, content: schema }];
    const output = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return output.exitCode === 2 ? (output.stdout ?? "") : null;
  } finally {
    engine.free();
  }
}

/**
 * Writes a new migration for the difference between the migrations folder
 * and prisma/schema.prisma (see diffSchemaFromMigrations for `adapter`).
 * Returns the new folder's name, or null when nothing changed.
 */
export async function createMigration(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  name: string,
): Promise<string | null> {
  const { mkdir, writeFile } = await import("node:fs/promises");
  const path = await import("node:path");
  const { projectPaths } = await import("./schema-engine");
  const sql = await diffSchemaFromMigrations(adapter);
  if (sql === null) return null;

  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folderName = `${stamp}_${name}`;
  const folder = path.join(projectPaths.migrations, folderName);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), sql);
  await writeFile(
    path.join(projectPaths.migrations, "migration_lock.toml"),
    '# Written by lib/cli/migrate-create.ts\nprovider = "postgresql"\n',
  );
  return folderName;
}
