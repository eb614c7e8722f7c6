import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { log } from "../log";

// Prisma's CLI downloads a native schema engine before every command, which
// machines without access to Prisma's binary host cannot do. The same engine
// ships as WebAssembly on npm; this module loads it by hand and drives it
// through a driver adapter, the way the CLI would.

type EngineModule = typeof import("@prisma/schema-engine-wasm");

// One instance per process, on globalThis: the glue module is imported by
// path, so every bundle of the server shares it, and a second instance
// handed to it would pull memory from under engines of the first.
const holder = globalThis as { castlogSchemaEngine?: Promise<EngineModule> };

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve(
    /* turbopackIgnore: true */ "@prisma/schema-engine-wasm/schema_engine_bg",
  );
  // Imported by path at run time: the package is ESM only, which Next
  // cannot leave external, and bundling it would split the module that
  // holds the WebAssembly instance from the one that uses it.
  const glue = (await import(
    /* turbopackIgnore: true */ /* webpackIgnore: true */
    pathToFileURL(gluePath).href
  )) as EngineModule & { __wbg_set_wasm(exports: unknown): void };
  const bytes = await readFile(
    /* turbopackIgnore: true */ path.join(
      path.dirname(gluePath),
      "schema_engine_bg.wasm",
    ),
  );

  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

// The server runs from the project root (npm start), as do the tools.
export const projectPaths = {
  schema: path.join(process.cwd(), "prisma", "schema.prisma"),
  migrations: path.join(process.cwd(), "prisma", "migrations"),
};

/** Opens a schema engine on the database behind `adapter`. */
export async function openSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  holder.castlogSchemaEngine ??= loadEngineModule();
  const engine = await holder.castlogSchemaEngine;
  const schema = await readFile(
    /* turbopackIgnore: true */ projectPaths.schema,
    "utf8",
  );

  return engine.SchemaEngine.new(
    { datamodels: [[projectPaths.schema, schema]] },
    (message: string) => log.debug({ engine: message }, "schema engine"),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}

/** Reads prisma/migrations in the shape the schema engine expects. */
export async function readMigrationList(): Promise<MigrationList> {
  const { readdir } = await import("node:fs/promises");
  const base = projectPaths.migrations;
  const entries = await readdir(/* turbopackIgnore: true */ base, {
    withFileTypes: true,
  }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lock = await readFile(
    path.join(base, "migration_lock.toml"),
    "utf8",
  ).catch(() => null);

  return {
    baseDir: base,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(
            path.join(base, name, "migration.sql"),
            "utf8",
          )
            .then((sql) => ({ tag: "ok" as const, value: sql }))
            .catch((error: Error) => ({
              tag: "error" as const,
              value: error.message,
            })),
        },
      })),
    ),
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };
