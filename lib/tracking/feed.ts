import type { SeasonKey } from "../credits/ingest";
import type { DbClient } from "../db/types";
import { findSeries, type SeriesRef } from "../series/store";
import { countEntries } from "./changes";
import { listFollowedSeasons } from "./followed";

/** Feed readers poll often; the newest changes are what they need. */
export const feedEntryLimit = 50;

export type FeedChange = {
  snapshotId: number;
  fetchedAt: Date;
  key: SeasonKey;
  series: SeriesRef;
  /** Cast and crew entries added, removed or changed by this snapshot. */
  changedEntries: number;
};

/**
 * The newest changes in everything the user follows, newest first: one per
 * snapshot after a season's first (its first fetch, not a change).
 */
export async function readFeedChanges(
  db: DbClient,
  userId: number,
  limit = feedEntryLimit,
): Promise<FeedChange[]> {
  const followed = await listFollowedSeasons(db, userId);
  if (followed.length === 0) return [];
  const seasons = await db.season.findMany({
    where: {
      OR: followed.map(({ seriesId, seasonNumber, language }) => ({
        seriesId,
        seasonNumber,
        language,
      })),
    },
    select: { id: true, seriesId: true, seasonNumber: true, language: true },
  });
  const seasonIds = seasons.map((s) => s.id);
  const firsts = await db.snapshot.groupBy({
    by: ["seasonId"],
    where: { seasonId: { in: seasonIds } },
    _min: { id: true },
  });

  const snapshots = await db.snapshot.findMany({
    where: {
      seasonId: { in: seasonIds },
      id: { notIn: firsts.map((f) => f._min.id!) },
    },
    orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, seasonId: true, fetchedAt: true },
  });
  const counts = await countChangesBySnapshot(
    db,
    seasonIds,
    snapshots.map((s) => s.id),
  );
  const seriesRefs = await readSeriesRefs(db, seasons);

  const seasonsById = new Map(seasons.map((s) => [s.id, s]));
  return snapshots.flatMap((snapshot) => {
    const { id: _id, ...key } = seasonsById.get(snapshot.seasonId)!;
    const series = seriesRefs.get(key.seriesId);
    if (!series) return [];
    return [
      {
        snapshotId: snapshot.id,
        fetchedAt: snapshot.fetchedAt,
        key,
        series,
        changedEntries: counts.get(snapshot.id) ?? 0,
      },
    ];
  });
}

/** Entries each snapshot opened or closed a credit version of. */
async function countChangesBySnapshot(
  db: DbClient,
  seasonIds: number[],
  snapshotIds: number[],
): Promise<Map<number, number>> {
  const credits = await db.credit.findMany({
    where: {
      seasonId: { in: seasonIds },
      OR: [
        { fromSnapshotId: { in: snapshotIds } },
        { toSnapshotId: { in: snapshotIds } },
      ],
    },
    select: {
      personId: true,
      kind: true,
      department: true,
      fromSnapshotId: true,
      toSnapshotId: true,
    },
  });

  return new Map(
    snapshotIds.map((id) => [
      id,
      countEntries(
        credits.filter((c) => c.fromSnapshotId === id || c.toSnapshotId === id),
      ),
    ]),
  );
}

async function readSeriesRefs(db: DbClient, seasons: { seriesId: number }[]) {
  const refs = new Map<number, SeriesRef>();
  for (const seriesId of new Set(seasons.map((s) => s.seriesId))) {
    const series = await findSeries(db, seriesId);
    if (series) refs.set(seriesId, series);
  }
  return refs;
}
