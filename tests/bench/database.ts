import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type OpenDatabase } from "@/lib/db/open";

export type BenchDatabase = OpenDatabase & {
  /** Its own connection string, for servers and raw SQL. */
  url: string;
};

async function runAdmin(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A new, migrated database on the server at `serverUrl`, so the bench
 * never writes into a database someone else uses; close() drops it.
 */
export async function createBenchDatabase(
  serverUrl: string,
): Promise<BenchDatabase> {
  const name = `castlog_bench_${randomBytes(6).toString("hex")}`;
  await runAdmin(serverUrl, `CREATE DATABASE ${name}`);

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const open = await openDatabase({ kind: "postgres", url: url.toString() });
  return {
    ...open,
    url: url.toString(),
    close: async () => {
      await open.close();
      await runAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Runs raw SQL on a database (bulk loads, VACUUM, sizes). */
export async function withSql<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
