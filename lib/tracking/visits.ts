import type { DbClient } from "../db/types";

// Views closer together than this are one visit, so reloading the
// dashboard does not wipe out what it was showing as new.
export const visitGapMs = 30 * 60 * 1000;

/**
 * Records that the user opened the dashboard at `now` and returns their
 * previous visit (null on the first). A view within `visitGapMs` of the
 * last recorded one belongs to that visit and changes nothing. Safe to
 * call concurrently: only one of two simultaneous views records a visit.
 */
export async function recordVisit(
  db: DbClient,
  userId: number,
  now: Date = new Date(),
): Promise<{ previousVisitAt: Date | null }> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { lastVisitAt: true, previousVisitAt: true },
  });
  if (!user) return { previousVisitAt: null };
  const { lastVisitAt } = user;
  if (lastVisitAt && now.getTime() - lastVisitAt.getTime() < visitGapMs) {
    return { previousVisitAt: user.previousVisitAt };
  }

  // Compare-and-set on lastVisitAt: a concurrent view that got there first
  // makes this one change nothing.
  const updated = await db.user.updateMany({
    where: { id: userId, lastVisitAt },
    data: { previousVisitAt: lastVisitAt, lastVisitAt: now },
  });
  if (updated.count === 1) return { previousVisitAt: lastVisitAt };

  const current = await db.user.findUnique({
    where: { id: userId },
    select: { previousVisitAt: true },
  });
  return { previousVisitAt: current?.previousVisitAt ?? null };
}
