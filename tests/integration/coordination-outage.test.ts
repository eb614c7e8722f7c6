import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { postgresPoolConfig } from "@/lib/db/postgres-pool";
import { createAdvisoryLocks } from "@/lib/limits/locks";
import { createSharedBudget } from "@/lib/limits/tmdb-budget";
import { createBudget } from "@/lib/tmdb/budget";
import { hasTestPostgres } from "../support/postgres";
import { timed, useProxiedPostgres } from "../support/proxied-postgres";

// The locks and the TMDB budget hold connections of their own; through a
// proxy the test can break, they must neither hang nor stay broken.
const timeoutMs = 500;
const bound = 3 * timeoutMs;

describe.skipIf(!hasTestPostgres)("locks and budget during outages", () => {
  const postgres = useProxiedPostgres(timeoutMs);
  const pools: pg.Pool[] = [];
  afterEach(() => postgres().recover());
  afterAll(() => Promise.all(pools.map((pool) => pool.end())));

  function pool(options: pg.PoolConfig) {
    const opened = new pg.Pool({
      ...postgresPoolConfig(postgres().url, timeoutMs),
      ...options,
    });
    opened.on("error", () => undefined);
    pools.push(opened);
    return opened;
  }

  const locks = () =>
    createAdvisoryLocks(pool({ max: 2, options: "-c lock_timeout=10000" }));

  it("runs a task without its lock at once while the database is down", async () => {
    const processLocks = locks();
    await processLocks.withLock("series:1", async () => undefined);
    await postgres().proxy.cut();

    const run = await timed(() =>
      processLocks.withLock("series:1", async () => "ran"),
    );

    expect(run).toMatchObject({ ok: true, value: "ran" });
    expect(run.ms).toBeLessThan(bound);
  });

  it("runs a task without its lock within twice the timeout while the database is silent", async () => {
    const processLocks = locks();
    await processLocks.withLock("series:2", async () => undefined);
    postgres().proxy.blackhole();

    const run = await timed(() =>
      processLocks.withLock("series:2", async () => "ran"),
    );

    expect(run).toMatchObject({ ok: true, value: "ran" });
    expect(run.ms).toBeLessThan(bound);
  });

  /** In which order a holder's end and a waiter's start came. */
  async function takeInTurn(key: string, holdMs: number, a = locks()) {
    const b = locks();
    const order: string[] = [];

    let holding: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const first = a.withLock(key, async () => {
      holding();
      await sleep(holdMs);
      order.push("a ends");
    });
    await held;
    await b.withLock(key, async () => order.push("b starts"));
    await first;
    return order;
  }

  it("waits for a lock longer than the timeout while the database answers", async () => {
    expect(await takeInTurn("series:3", 4 * timeoutMs)).toEqual([
      "a ends",
      "b starts",
    ]);
  });

  it("survives losing a held lock's connection, and locks again after", async () => {
    const a = locks();
    const held = a.withLock("series:4", async () => {
      await postgres().proxy.cut();
      await sleep(100);
      return "done";
    });
    expect(await held).toBe("done");
    await postgres().recover();

    expect(await takeInTurn("series:4", 300, a)).toEqual([
      "a ends",
      "b starts",
    ]);
  });

  it("lets TMDB requests go ahead while the database is silent, and shares the budget again after", async () => {
    const limits = { maxRps: 5, maxConcurrent: 2 };
    const budgetPool = pool({ max: 2 });
    const budget = createSharedBudget({
      ...limits,
      local: createBudget({ maxRps: 100, maxConcurrent: 20 }),
      pool: budgetPool,
      leaseMs: 10_000,
    });
    (await budget.acquire())();
    // The slot goes back after release returns.
    await sleep(200);
    postgres().proxy.blackhole();

    const during = await timed(async () => (await budget.acquire())());
    await postgres().recover();
    await sleep(1100);
    const release = await budget.acquire();
    const { rows } = await budgetPool.query(
      `SELECT count(*)::int AS held FROM "TmdbConcurrencySlot"
       WHERE "holder" IS NOT NULL`,
    );
    release();

    expect(during.ok).toBe(true);
    expect(during.ms).toBeLessThan(bound);
    expect(rows[0].held).toBe(1);
  });
});
