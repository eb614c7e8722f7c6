import type { DbClient } from "../db/types";
import type { SeasonSpan } from "./group";

export type SeenTimes = {
  firstSeen: Date;
  lastSeen: Date;
  /** When castlog found them gone; null while they are credited. */
  leftAt: Date | null;
};

type SeasonChecked = { checkedAt: Date | null };

/**
 * The last moment castlog saw a departed person still credited: its last
 * check before the snapshot that dropped them, or, should that check be
 * missing, the time of the snapshot before it.
 */
async function findLastSeenBefore(
  db: DbClient,
  seasonId: number,
  closing: { id: number; fetchedAt: Date },
): Promise<Date> {
  const check = await db.seasonCheck.findFirst({
    where: { seasonId, checkedAt: { lt: closing.fetchedAt } },
    orderBy: { checkedAt: "desc" },
    select: { checkedAt: true },
  });
  if (check) return check.checkedAt;

  const previous = await db.snapshot.findFirst({
    where: { seasonId, id: { lt: closing.id } },
    orderBy: { id: "desc" },
    select: { fetchedAt: true },
  });
  return previous?.fetchedAt ?? closing.fetchedAt;
}

/**
 * First and last time seen for each span, keyed by season id, given when
 * the snapshots bounding the spans were fetched. For departed people only,
 * reads one check per season through the (seasonId, checkedAt) index.
 */
export async function findSeenTimes(
  db: DbClient,
  spans: SeasonSpan[],
  seasons: Map<number, SeasonChecked>,
  fetchedAt: Map<number, Date>,
): Promise<Map<number, SeenTimes>> {
  const entries = await Promise.all(
    spans.map(async (span): Promise<[number, SeenTimes]> => {
      const firstSeen = fetchedAt.get(span.firstSnapshotId)!;
      if (span.closingSnapshotId === null) {
        const checkedAt = seasons.get(span.seasonId)?.checkedAt;
        return [
          span.seasonId,
          { firstSeen, lastSeen: checkedAt ?? firstSeen, leftAt: null },
        ];
      }

      const closing = {
        id: span.closingSnapshotId,
        fetchedAt: fetchedAt.get(span.closingSnapshotId)!,
      };
      const lastSeen = await findLastSeenBefore(db, span.seasonId, closing);
      return [
        span.seasonId,
        { firstSeen, lastSeen, leftAt: closing.fetchedAt },
      ];
    }),
  );
  return new Map(entries);
}
