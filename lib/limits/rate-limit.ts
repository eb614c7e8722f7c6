import type { DbClient } from "../db/types";

export type RateLimitDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimitRule = {
  /** Names the allowance: the action and whom it counts against. */
  key: string;
  /** Requests allowed in one window. */
  limit: number;
};

export const rateLimitWindowMs = 60_000;

/** The start of the fixed one-minute window that holds `at`. */
export function windowStartOf(at: Date): Date {
  const ms = at.getTime();
  return new Date(ms - (ms % rateLimitWindowMs));
}

// When each database's old windows were last deleted, so that each
// process deletes them about once a window rather than on every request.
const lastPruned = new WeakMap<DbClient, number>();

/** Deletes the counts of windows that ended before the one holding `now`. */
export async function pruneRateLimits(
  db: DbClient,
  now: Date = new Date(),
): Promise<number> {
  lastPruned.set(db, now.getTime());
  return db.$executeRaw`
    DELETE FROM "RateLimit" WHERE "windowStart" < ${windowStartOf(now)}`;
}

/**
 * Counts one request against the rule's allowance in the current window
 * and says whether it fits. The count is one atomic statement, so callers
 * in every process sharing the database together get exactly `limit`
 * requests per window. Refused requests are counted too, which changes
 * nothing: they are over the limit either way.
 */
export async function consumeRateLimit(
  db: DbClient,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitDecision> {
  const windowStart = windowStartOf(now);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    VALUES (${rule.key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart")
    DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;

  const pruned = lastPruned.get(db);
  if (pruned === undefined || now.getTime() - pruned >= rateLimitWindowMs) {
    await pruneRateLimits(db, now);
  }

  if (rows[0]!.count <= rule.limit) return { allowed: true };
  const leftMs = windowStart.getTime() + rateLimitWindowMs - now.getTime();
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil(leftMs / 1000)),
  };
}
