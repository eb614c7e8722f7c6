import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabaseProbe } from "@/lib/db/probe";
import { hasTestPostgres } from "../support/postgres";
import { timed, useProxiedPostgres } from "../support/proxied-postgres";

// The database is reached through a proxy of the test's own, so cutting
// it ("down") or blackholing it (packets lost) leaves the shared server
// alone. Timeouts are short to keep the suite quick; bounds below allow
// the documented twice-the-timeout plus slack for a busy machine.
const timeoutMs = 500;
const bound = 3 * timeoutMs;

/** Polls `task` until it succeeds, for up to `ms`. */
async function succeedsWithin<T>(ms: number, task: () => Promise<T>) {
  const deadline = performance.now() + ms;
  for (;;) {
    try {
      return await task();
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

describe.skipIf(!hasTestPostgres)("PostgreSQL outages", () => {
  const postgres = useProxiedPostgres(timeoutMs);
  const db = () => postgres().db.db;
  afterEach(() => postgres().recover());

  it("fails a query at once while the database refuses connections", async () => {
    await postgres().proxy.cut();

    const query = await timed(() => db().series.count());

    expect(query.ok).toBe(false);
    expect(query.ms).toBeLessThan(bound);
  });

  it("fails a query within twice the timeout while the database is silent", async () => {
    await db().series.count();
    postgres().proxy.blackhole();

    const queries = await Promise.all(
      [1, 2, 3].map(() => timed(() => db().series.count())),
    );

    for (const query of queries) {
      expect(query.ok).toBe(false);
      expect(query.ms).toBeLessThan(bound);
    }
  });

  it("lets a statement run longer than the timeout while the database answers", async () => {
    const slow = await timed(
      () => db().$queryRaw`SELECT 1 AS done FROM pg_sleep(1.2)`,
    );

    expect(slow.ok).toBe(true);
    expect(slow.ms).toBeGreaterThan(1200);
  });

  it("serves again once the database is back, without reopening", async () => {
    postgres().proxy.blackhole();
    await timed(() => db().series.count());
    await postgres().proxy.cut();
    await postgres().recover();

    // More queries than the pool has connections: none may be stuck.
    const counts = await succeedsWithin(5 * timeoutMs, () =>
      Promise.all(Array.from({ length: 25 }, () => db().series.count())),
    );

    expect(counts).toHaveLength(25);
  });

  it("ends a statement whose connection was lost while the database answers", async () => {
    await db().series.count();
    postgres().proxy.blackhole();
    await postgres().proxy.restore({ keepStuck: true });

    // Pooled connections are stuck; each fails its statement, then is
    // replaced by a new one that works.
    const first = await timed(() => db().series.count());
    const counts = await succeedsWithin(20 * timeoutMs, () =>
      Promise.all(Array.from({ length: 25 }, () => db().series.count())),
    );

    expect(first.ok).toBe(false);
    expect(first.ms).toBeLessThan(bound);
    expect(counts).toHaveLength(25);
  });

  it("ends a transaction the database stopped answering, then runs new ones", async () => {
    const stalled = timed(() =>
      db().$transaction(async (tx) => {
        await tx.series.count();
        postgres().proxy.blackhole();
        return tx.series.count();
      }),
    );

    expect((await stalled).ok).toBe(false);
    expect((await stalled).ms).toBeLessThan(bound + timeoutMs);
    await postgres().recover();
    const again = await succeedsWithin(5 * timeoutMs, () =>
      db().$transaction((tx) => tx.series.count()),
    );
    expect(again).toBe(0);
  });
});

describe.skipIf(!hasTestPostgres)("the database probe", () => {
  const postgres = useProxiedPostgres(timeoutMs);
  afterEach(() => postgres().recover());

  it("tells reachable, refused and silent apart, and recovers", async () => {
    const probe = createDatabaseProbe(postgres().url, timeoutMs);

    expect(await probe.check()).toMatchObject({ ok: true });
    await postgres().proxy.cut();
    expect(await probe.check()).toMatchObject({
      ok: false,
      reason: "unreachable",
    });
    await postgres().recover();
    expect(await probe.check()).toMatchObject({ ok: true });
    postgres().proxy.blackhole();
    const silent = await timed(() => probe.check());
    expect(silent.ok && silent.value).toMatchObject({
      ok: false,
      reason: "timeout",
    });
    expect(silent.ms).toBeLessThan(bound);
    await postgres().recover();
    expect(await probe.check()).toMatchObject({ ok: true });
  });
});
