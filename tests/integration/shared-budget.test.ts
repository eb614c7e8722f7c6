import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createSharedBudget } from "@/lib/limits/tmdb-budget";
import { createBudget } from "@/lib/tmdb/budget";
import { hasTestPostgres, useSharedPostgres } from "../support/postgres";
import { busiestSecond } from "../support/request-times";

const pools: pg.Pool[] = [];

/** A budget as one process would have it, with a pool of its own. */
function budgetOn(
  url: string,
  limits: { maxRps: number; maxConcurrent: number },
  leaseMs = 10_000,
) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => undefined);
  pools.push(pool);
  return createSharedBudget({
    ...limits,
    local: createBudget(limits),
    pool,
    leaseMs,
  });
}

describe.skipIf(!hasTestPostgres)(
  "the TMDB budget shared on PostgreSQL",
  () => {
    const postgres = useSharedPostgres();
    const url = () => postgres().url;
    // Before the database is dropped (after hooks run last first).
    afterAll(() => Promise.all(pools.map((pool) => pool.end())));

    it("starts at most maxRps requests in any second, whichever process asks", async () => {
      const limits = { maxRps: 5, maxConcurrent: 20 };
      const budgets = [budgetOn(url(), limits), budgetOn(url(), limits)];
      const started = performance.now();
      const grants: number[] = [];

      await Promise.all(
        Array.from({ length: 24 }, async (_, i) => {
          const release = await budgets[i % 2]!.acquire();
          grants.push(performance.now() - started);
          release();
        }),
      );

      expect(busiestSecond(grants)).toBe(5);
      // 24 requests at 5 a second: the last waits for the fifth second.
      expect(Math.max(...grants)).toBeGreaterThanOrEqual(4000);
    });

    it("holds at most maxConcurrent requests at once, whichever process asks", async () => {
      const limits = { maxRps: 100, maxConcurrent: 3 };
      const budgets = [budgetOn(url(), limits), budgetOn(url(), limits)];
      let active = 0;
      let peak = 0;

      await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const release = await budgets[i % 2]!.acquire();
          active += 1;
          peak = Math.max(peak, active);
          await sleep(60);
          active -= 1;
          release();
        }),
      );

      expect(peak).toBe(3);
    });

    it("frees a slot its holder never gave back once the lease ends", async () => {
      const limits = { maxRps: 100, maxConcurrent: 1 };
      await budgetOn(url(), limits, 400).acquire();

      const started = performance.now();
      const release = await budgetOn(url(), limits, 400).acquire();
      const waited = performance.now() - started;
      release();

      expect(waited).toBeGreaterThanOrEqual(300);
      expect(waited).toBeLessThan(2000);
    });
  },
);

describe("the shared TMDB budget without its database", () => {
  it("lets requests go ahead under the process's own budget, asking the database once", async () => {
    const errors: unknown[] = [];
    let queries = 0;
    const budget = createSharedBudget({
      local: createBudget({ maxRps: 10, maxConcurrent: 1 }),
      pool: {
        query: () => {
          queries += 1;
          return Promise.reject(new Error("database down"));
        },
      },
      maxRps: 10,
      maxConcurrent: 1,
      leaseMs: 1000,
      onError: (error) => errors.push(error),
    });

    const release = await budget.acquire();
    const second = budget.acquire();
    const secondFirst = await Promise.race([second, sleep(50, "waiting")]);
    release();
    (await second)();

    expect(secondFirst).toBe("waiting");
    // The second came within a second of the failure: it did not ask.
    expect(queries).toBe(1);
    expect(errors).toHaveLength(1);
  });
});
