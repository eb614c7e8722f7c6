import type { DbClient } from "../db/types";
import type { AggregateCredits } from "../tmdb/schemas";
import { diffSnapshots, type CreditsDiff } from "./diff";
import type { CreditRow } from "./normalize";
import { rebuildResponse } from "./rebuild";

export type SnapshotChange = {
  id: number;
  seasonId: number;
  fetchedAt: Date;
  castCount: number;
  crewCount: number;
  /** Against the season's snapshot before; null for its first snapshot. */
  diff: CreditsDiff | null;
};

/** Credit versions as loose response entries, for diffing only. */
function asCredits(credits: CreditRow[]): AggregateCredits {
  return rebuildResponse({
    tmdbId: 0,
    layout: null,
    extra: null,
    credits,
    popularity: new Map(),
  }) as unknown as AggregateCredits;
}

function groupBy<T>(items: T[], key: (item: T) => number | null) {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * The ids of the first snapshot of each season: they have nothing before
 * them to be compared with.
 */
async function findFirstSnapshots(db: DbClient, seasonIds: number[]) {
  const firsts = await db.snapshot.groupBy({
    by: ["seasonId"],
    where: { seasonId: { in: seasonIds } },
    _min: { id: true },
  });
  return new Set(firsts.map((row) => row._min.id));
}

/**
 * The newest snapshots of the given seasons (newest first, at most
 * `limit`), each with its diff against the snapshot before it.
 *
 * A snapshot changed exactly the credit versions it opened and the ones
 * it closed, so the diff reads only those (through the season's
 * fromSnapshotId and toSnapshotId indexes) rather than rebuilding two
 * whole snapshots per row. Entries TMDB repeats within one department are
 * matched by occurrence, which this partial view can misnumber; TMDB does
 * not repeat entries in practice, and a full rebuild (readSnapshotDiff)
 * gives the exact answer.
 */
export async function readSnapshotChanges(
  db: DbClient,
  seasonIds: number[],
  limit?: number,
): Promise<SnapshotChange[]> {
  const snapshots = await db.snapshot.findMany({
    where: { seasonId: { in: seasonIds } },
    orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      seasonId: true,
      fetchedAt: true,
      castCount: true,
      crewCount: true,
    },
  });
  const firsts = await findFirstSnapshots(db, seasonIds);
  const later = snapshots.map((s) => s.id).filter((id) => !firsts.has(id));
  const include = { jobs: { orderBy: { position: "asc" as const } } };
  const [opened, closed] = await Promise.all([
    db.credit.findMany({
      where: { seasonId: { in: seasonIds }, fromSnapshotId: { in: later } },
      include,
    }),
    db.credit.findMany({
      where: { seasonId: { in: seasonIds }, toSnapshotId: { in: later } },
      include,
    }),
  ]);
  const openedAt = groupBy(opened, (credit) => credit.fromSnapshotId);
  const closedAt = groupBy(closed, (credit) => credit.toSnapshotId);

  return snapshots.map((snapshot) => ({
    ...snapshot,
    diff: firsts.has(snapshot.id)
      ? null
      : diffSnapshots(
          asCredits(closedAt.get(snapshot.id) ?? []),
          asCredits(openedAt.get(snapshot.id) ?? []),
        ),
  }));
}
