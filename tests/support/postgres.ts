import { afterAll, beforeAll } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/open";
import { createTestDatabase } from "./db";

/** Whether the PostgreSQL-only suites can run (CI sets the variable). */
export const hasTestPostgres = Boolean(process.env.TEST_DATABASE_URL);

export type SharedPostgres = {
  url: string;
  /** Two Prisma clients on the one database, as two processes would have. */
  first: OpenDatabase;
  second: OpenDatabase;
};

/**
 * A fresh PostgreSQL test database for the enclosing suite, opened twice.
 * Call inside a describe that is skipped without TEST_DATABASE_URL.
 */
export function useSharedPostgres(): () => SharedPostgres {
  let shared: SharedPostgres | undefined;

  beforeAll(async () => {
    const first = await createTestDatabase("postgres");
    if (first.target.kind !== "postgres") throw new Error("not PostgreSQL");
    const second = await openDatabase(first.target);
    shared = { url: first.target.url, first, second };
  });

  afterAll(async () => {
    await shared?.second.close();
    await shared?.first.close();
  });

  return () => shared!;
}
