import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbForTests } from "@/lib/db";
import type { OpenDatabase } from "@/lib/db/open";
import { checkDatabaseHealth } from "@/lib/health/database";
import { createTestDatabase } from "../support/db";

// The PostgreSQL side (the probe through a proxy that fails) is in
// database-outage.test.ts and the browser suite's outage test; these
// suites' processes use the embedded database.
describe("the database's health on the embedded database", () => {
  let open: OpenDatabase;

  beforeAll(async () => {
    open = await createTestDatabase("pglite");
    setDbForTests(open);
  });
  afterAll(() => open.close());

  it("is ok once the database is open, with the time a query took", async () => {
    const health = await checkDatabaseHealth();

    expect(health.ok).toBe(true);
    expect(health.ms).toBeGreaterThanOrEqual(0);
  });
});
