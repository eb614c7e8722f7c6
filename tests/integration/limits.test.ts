import { describe, expect, it } from "vitest";
import {
  consumeRateLimit,
  pruneRateLimits,
  type RateLimitRule,
} from "@/lib/limits/rate-limit";
import { describeEachDatabase } from "../support/db";
import { hasTestPostgres, useSharedPostgres } from "../support/postgres";

// Windows start on the minute; these times sit 15 s into one.
const minute = Date.UTC(2026, 0, 5, 12, 30);
const at = (ms: number) => new Date(minute + 15_000 + ms);

const user = (id: number, limit = 3): RateLimitRule => ({
  key: `tmdb:user:${id}`,
  limit,
});
const address = (ip: string, limit = 2): RateLimitRule => ({
  key: `tmdb:ip:${ip}`,
  limit,
});

describeEachDatabase("rate limits", (getDb) => {
  const consume = (rule: RateLimitRule, ms = 0) =>
    consumeRateLimit(getDb(), rule, at(ms));

  it("allows up to the limit in a minute, then says when to come back", async () => {
    const rule = user(1);

    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await consume(rule, i * 1000));

    expect(decisions).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: false, retryAfterSeconds: 42 },
      { allowed: false, retryAfterSeconds: 41 },
    ]);
  });

  it("counts each user and each address on its own", async () => {
    await consume(user(2));
    await consume(user(2));
    await consume(user(2));

    expect(await consume(user(2))).toMatchObject({ allowed: false });
    expect(await consume(user(3))).toEqual({ allowed: true });
    expect(await consume(address("192.0.2.1"))).toEqual({ allowed: true });
    expect(await consume(address("192.0.2.1"))).toEqual({ allowed: true });
    expect(await consume(address("192.0.2.1"))).toMatchObject({
      allowed: false,
    });
    expect(await consume(address("192.0.2.2"))).toEqual({ allowed: true });
  });

  it("starts afresh when the next minute begins", async () => {
    const rule = user(4, 1);
    await consume(rule);

    const late = await consume(rule, 44_999);
    const next = await consume(rule, 45_000);

    expect(late).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(next).toEqual({ allowed: true });
  });

  it("gives each of many concurrent requests its own count", async () => {
    const rule = user(5, 60);

    const decisions = await Promise.all(
      Array.from({ length: 100 }, () => consume(rule)),
    );

    expect(decisions.filter((d) => d.allowed)).toHaveLength(60);
  });

  const windows = async () => {
    const rows = await getDb().rateLimit.findMany({
      select: { windowStart: true },
      distinct: ["windowStart"],
      orderBy: { windowStart: "asc" },
    });
    return rows.map((row) => row.windowStart.getTime() - minute);
  };

  it("deletes the counts of minutes that have ended", async () => {
    const removed = await pruneRateLimits(getDb(), at(60_000));

    expect(removed).toBeGreaterThan(0);
    expect(await windows()).toEqual([60_000]);
  });

  it("deletes ended minutes by itself, about once a minute", async () => {
    await pruneRateLimits(getDb(), at(100_000));
    await consume(user(7), 100_000);

    await consume(user(7), 130_000);
    const halfAMinuteLater = await windows();
    await consume(user(7), 160_000);
    const aMinuteLater = await windows();

    expect(halfAMinuteLater).toEqual([60_000, 120_000]);
    expect(aMinuteLater).toEqual([120_000]);
  });
});

describe.skipIf(!hasTestPostgres)("rate limits (two clients)", () => {
  const postgres = useSharedPostgres();

  it("shares one count between two clients of one database", async () => {
    const { first, second } = postgres();
    const rule = user(8, 10);

    const decisions = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        consumeRateLimit((i % 2 ? first : second).db, rule, at(0)),
      ),
    );

    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(await consumeRateLimit(first.db, rule, at(1))).toMatchObject({
      allowed: false,
    });
  });
});
