import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open";
import { hasTestPostgres, useSharedPostgres } from "../support/postgres";

describe.skipIf(!hasTestPostgres)("migrating PostgreSQL", () => {
  const postgres = useSharedPostgres();

  it("leaves no lock behind once the migrations are applied", async () => {
    const client = new pg.Client({ connectionString: postgres().url });
    await client.connect();

    const { rows } = await client.query(
      `SELECT count(*)::int AS held FROM pg_locks
      WHERE locktype = 'advisory'
        AND database = (SELECT oid FROM pg_database
          WHERE datname = current_database())`,
    );
    await client.end();

    expect(rows[0].held).toBe(0);
  });

  it("lets another process open the database while two have it open", async () => {
    const started = performance.now();

    const third = await openDatabase({ kind: "postgres", url: postgres().url });
    await third.close();

    // The schema engine waits 10 s for the migration lock before failing.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
