import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Db, type OpenDatabase } from "@/lib/db/open";

export type TestDatabaseKind = "pglite" | "postgres";

/** The databases the suites run on: PGlite always, PostgreSQL when set. */
export const testDatabaseKinds: TestDatabaseKind[] = process.env
  .TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

/**
 * A fresh, migrated database of its own: an in-memory PGlite, or a new
 * database on the TEST_DATABASE_URL server that close() drops again.
 */
export async function createTestDatabase(
  kind: TestDatabaseKind,
): Promise<OpenDatabase> {
  if (kind === "pglite") return openDatabase({ kind: "memory" });

  const database = await createPostgresDatabase();
  const open = await openDatabase({ kind: "postgres", url: database.url });
  return {
    ...open,
    close: async () => {
      await open.close();
      await database.drop();
    },
  };
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A new, empty database on the TEST_DATABASE_URL server, not migrated;
 * drop() removes it, whoever is still connected.
 */
export async function createPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `castlog_test_${randomBytes(6).toString("hex")}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Declares a suite once per test database. `body` receives a getter for
 * the suite's database, opened before its tests and closed after.
 */
export function describeEachDatabase(
  name: string,
  body: (getDb: () => Db, kind: TestDatabaseKind) => void,
): void {
  for (const kind of testDatabaseKinds) {
    describe(`${name} (${kind})`, () => {
      let open: OpenDatabase | undefined;

      beforeAll(async () => {
        open = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await open?.close();
      });

      body(() => open!.db, kind);
    });
  }
}
