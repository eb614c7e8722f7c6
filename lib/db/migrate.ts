import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import {
  noFilters,
  openSchemaEngine,
  readMigrationList,
} from "./schema-engine";

/**
 * Applies every migration in prisma/migrations that the database has not
 * seen, keeping `_prisma_migrations` as `prisma migrate deploy` would.
 * Idempotent; returns the names of the migrations it applied.
 */
export async function applyMigrations(
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  const engine = await openSchemaEngine(adapter);

  try {
    const output = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: noFilters,
    });
    return output.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * Writes a new migration for the difference between the migrations folder
 * and prisma/schema.prisma, replaying history on `adapter`'s database
 * (which should be empty: a fresh in-memory PGlite). Returns the new
 * folder's name, or null when the schema has no changes.
 */
export async function createMigration(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  name: string,
): Promise<string | null> {
  const { mkdir, readFile, writeFile } = await import("node:fs/promises");
  const path = await import("node:path");
  const { projectPaths } = await import("./schema-engine");
  const engine = await openSchemaEngine(adapter);

  try {
    const migrationsList = await readMigrationList();
    await engine.devDiagnostic({ migrationsList, filters: noFilters });
    const schema = await readFile(projectPaths.schema, "utf8");
    const output = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: [{ path: projectPaths.schema, content: schema }] },
      filters: noFilters,
    });
    if (output.migrationScript === null) return null;

    const folder = path.join(
      projectPaths.migrations,
      output.generatedMigrationName,
    );
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), output.migrationScript);
    await writeFile(
      path.join(projectPaths.migrations, "migration_lock.toml"),
      '# Written by lib/cli/migrate-create.ts\nprovider = "postgresql"\n',
    );
    return output.generatedMigrationName;
  } finally {
    engine.free();
  }
}
