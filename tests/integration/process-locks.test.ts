import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  createAdvisoryLocks,
  createLocalLocks,
  noLocks,
} from "@/lib/limits/locks";
import { hasTestPostgres, useSharedPostgres } from "../support/postgres";

/** Runs a task that notes when it starts and ends. */
const timed = (log: string[], name: string, ms: number) => async () => {
  log.push(`${name} starts`);
  await sleep(ms);
  log.push(`${name} ends`);
  return name;
};

describe.skipIf(!hasTestPostgres)("locks shared on PostgreSQL", () => {
  const postgres = useSharedPostgres();
  const pools: pg.Pool[] = [];
  afterAll(() => Promise.all(pools.map((pool) => pool.end())));

  /** Locks as one process holds them, on a pool of its own. */
  function processLocks(options: { max?: number; waitMs?: number } = {}) {
    const pool = new pg.Pool({
      connectionString: postgres().url,
      max: options.max ?? 4,
      options: `-c lock_timeout=${options.waitMs ?? 10_000}`,
    });
    pool.on("error", () => undefined);
    pools.push(pool);
    return createAdvisoryLocks(pool);
  }

  it("makes a second process wait until the first is done", async () => {
    const [a, b] = [processLocks(), processLocks()];
    const log: string[] = [];

    const first = a.withLock("season:1/1/en-US", timed(log, "a", 200));
    await sleep(50);
    const second = b.withLock("season:1/1/en-US", timed(log, "b", 0));

    expect(await Promise.all([first, second])).toEqual(["a", "b"]);
    expect(log).toEqual(["a starts", "a ends", "b starts", "b ends"]);
  });

  it("lets different keys run at the same time", async () => {
    const [a, b] = [processLocks(), processLocks()];
    const log: string[] = [];

    await Promise.all([
      a.withLock("season:2/1/en-US", timed(log, "a", 100)),
      b.withLock("season:2/2/en-US", timed(log, "b", 100)),
    ]);

    expect(log.slice(0, 2).sort()).toEqual(["a starts", "b starts"]);
  });

  it("takes nested locks on the holder's own connection", async () => {
    const locks = processLocks({ max: 1 });

    const result = await locks.withLock("season:3/1/en-US", (inner) =>
      inner.withLock("series:3", async () => "both held"),
    );

    expect(result).toBe("both held");
  });

  it("runs the task anyway when the wait outlasts lock_timeout", async () => {
    const a = processLocks();
    const impatient = processLocks({ waitMs: 100 });
    const log: string[] = [];

    const first = a.withLock("series:4", timed(log, "a", 1000));
    await sleep(50);
    const started = performance.now();
    await impatient.withLock("series:4", timed(log, "b", 0));
    const waited = performance.now() - started;
    await first;

    expect(waited).toBeLessThan(800);
    expect(log).toEqual(["a starts", "b starts", "b ends", "a ends"]);
  });

  it("frees the lock when its task fails", async () => {
    const [a, b] = [processLocks(), processLocks()];

    const failed = a.withLock("series:5", async () => {
      throw new Error("TMDB is down");
    });
    await expect(failed).rejects.toThrow("TMDB is down");

    const started = performance.now();
    await b.withLock("series:5", async () => undefined);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("without a shared database", () => {
  it("runs every task at once", async () => {
    const order: string[] = [];

    await Promise.all([
      noLocks.withLock("k", async () => {
        await sleep(50);
        order.push("first");
      }),
      noLocks.withLock("k", async () => {
        order.push("second");
      }),
    ]);

    expect(order).toEqual(["second", "first"]);
  });
});

describe("locks within one process", () => {
  it("runs the holders of one key in turn, in the order they asked", async () => {
    const locks = createLocalLocks(10_000);
    const log: string[] = [];

    const results = await Promise.all([
      locks.withLock("season:1/1/en-US", timed(log, "a", 100)),
      locks.withLock("season:1/1/en-US", timed(log, "b", 50)),
      locks.withLock("season:1/1/en-US", timed(log, "c", 0)),
    ]);

    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual([
      ...["a starts", "a ends", "b starts", "b ends"],
      ...["c starts", "c ends"],
    ]);
  });

  it("lets different keys, nested ones too, run at the same time", async () => {
    const locks = createLocalLocks(10_000);
    const log: string[] = [];

    await Promise.all([
      locks.withLock("season:2/1/en-US", (inner) =>
        inner.withLock("series:2", timed(log, "a", 100)),
      ),
      locks.withLock("season:2/2/en-US", timed(log, "b", 100)),
    ]);

    expect(log.slice(0, 2).sort()).toEqual(["a starts", "b starts"]);
  });

  it("frees the key when its task fails", async () => {
    const locks = createLocalLocks(10_000);

    await expect(
      locks.withLock("series:3", async () => {
        throw new Error("TMDB is down");
      }),
    ).rejects.toThrow("TMDB is down");

    const started = performance.now();
    await locks.withLock("series:3", async () => undefined);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("runs a task anyway once it has waited longer than allowed", async () => {
    const locks = createLocalLocks(100);
    const log: string[] = [];

    const first = locks.withLock("series:4", timed(log, "a", 1000));
    await locks.withLock("series:4", timed(log, "b", 0));
    await first;

    expect(log).toEqual(["a starts", "b starts", "b ends", "a ends"]);
  });
});
