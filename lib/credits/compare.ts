import type { DbClient } from "../db/types";
import type { AggregateCredits } from "../tmdb/schemas";
import { diffSnapshots, type CreditsDiff } from "./diff";
import { findSnapshot, rebuildSnapshot, type SnapshotRef } from "./snapshots";

/** Moments choosing two snapshots; each selects the one in force then. */
export type SnapshotRange = { from?: Date; to?: Date };

export type SnapshotPair = {
  /** Null when `to` is the season's first snapshot and no `from` was given. */
  from: SnapshotRef | null;
  to: SnapshotRef;
};

export type PairResult =
  | { ok: true; pair: SnapshotPair }
  /** The season has no snapshot at the moment `parameter` names. */
  | { ok: false; parameter: "from" | "to" };

export type SnapshotDiff = SnapshotPair & { diff: CreditsDiff };

/** The snapshot stored just before `snapshot`, or null for the first. */
async function findSnapshotBefore(db: DbClient, snapshot: SnapshotRef) {
  return db.snapshot.findFirst({
    where: { seasonId: snapshot.seasonId, id: { lt: snapshot.id } },
    orderBy: { id: "desc" },
  });
}

/**
 * Chooses two snapshots of a season: `to` is the one in force at
 * `range.to` (default: the latest), `from` the one in force at
 * `range.from` (default: the one before `to`). A moment before the
 * season's first snapshot chooses nothing, and says which one it was.
 */
export async function chooseSnapshots(
  db: DbClient,
  seasonId: number,
  range: SnapshotRange,
): Promise<PairResult> {
  const to = await findSnapshot(db, seasonId, range.to);
  if (!to) return { ok: false, parameter: "to" };

  if (!range.from) {
    return { ok: true, pair: { from: await findSnapshotBefore(db, to), to } };
  }
  const from = await findSnapshot(db, seasonId, range.from);
  if (!from) return { ok: false, parameter: "from" };
  return { ok: true, pair: { from, to } };
}

const nothingStored: AggregateCredits = { id: 0, cast: [], crew: [] };

/**
 * The diff between two chosen snapshots, from full rebuilds of both: any
 * two snapshots, however far apart. Against nothing when `from` is null,
 * so everyone in `to` joined.
 */
export async function diffSnapshotPair(
  db: DbClient,
  pair: SnapshotPair,
): Promise<SnapshotDiff> {
  const rebuild = async (snapshot: SnapshotRef) =>
    (await rebuildSnapshot(db, snapshot)) as unknown as AggregateCredits;
  const [older, newer] = await Promise.all([
    pair.from ? rebuild(pair.from) : nothingStored,
    rebuild(pair.to),
  ]);

  return { ...pair, diff: diffSnapshots(older, newer) };
}

/** Chooses two snapshots by time and diffs them. */
export async function readSnapshotDiff(
  db: DbClient,
  seasonId: number,
  range: SnapshotRange,
): Promise<
  { ok: true; value: SnapshotDiff } | { ok: false; parameter: "from" | "to" }
> {
  const chosen = await chooseSnapshots(db, seasonId, range);
  if (!chosen.ok) return chosen;
  return { ok: true, value: await diffSnapshotPair(db, chosen.pair) };
}
