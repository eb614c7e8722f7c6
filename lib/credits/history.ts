// Indexes behind the history views (prisma/schema.prisma):
// - a season's snapshots, newest first, and the feeds' newest 50:
//   Snapshot(seasonId, fetchedAt);
// - what each snapshot opened and closed: Credit(seasonId, fromSnapshotId)
//   and Credit(seasonId, toSnapshotId), then Job(creditId);
// - checks without change, newest first: SeasonCheck(seasonId, checkedAt).
//   Counting them per snapshot reads every check of the season; a season
//   checked hourly gathers about 9,000 a year, which is still cheap, and
//   an index on (seasonId, changed, snapshotId) would serve it directly.
// - a series' seasons in one language: Season(seriesId, seasonNumber,
//   language), by its leading column.

import type { DbClient } from "../db/types";
import { summarizeDiff } from "./diff";
import { readSnapshotChanges, type SnapshotChange } from "./snapshot-changes";

export type SummarizedChange = SnapshotChange & {
  /** The diff against the snapshot before, in one line. */
  summary: string;
};

export type TimelineSnapshot = SummarizedChange & {
  /** Later checks that found this snapshot unchanged. */
  confirmations: number;
  lastConfirmedAt: Date | null;
};

export type TimelineCheck = { checkedAt: Date; snapshotId: number };

export type SeasonTimeline = {
  /** Every snapshot, newest first. */
  snapshots: TimelineSnapshot[];
  /** The newest checks that found no change, newest first. */
  checks: TimelineCheck[];
  /** How many checks found no change, including those not listed. */
  checkCount: number;
};

export const firstSnapshotSummary = "first version stored";

/** Every snapshot's diff against the one before, in one line. */
export function summarizeChange(change: SnapshotChange): string {
  return change.diff ? summarizeDiff(change.diff) : firstSnapshotSummary;
}

/**
 * A season's history: its snapshots, each summarised against the one
 * before and with the checks that later confirmed it, and the newest
 * `checkLimit` checks that found no change. A season checked often
 * collects many such checks, so only their count is complete. Every
 * version of the season is read once: the page grows with the history,
 * which stays small because only fetches that change something add to it.
 */
export async function readSeasonTimeline(
  db: DbClient,
  seasonId: number,
  checkLimit = 50,
): Promise<SeasonTimeline> {
  const unchanged = { seasonId, changed: false };
  const [changes, checks, perSnapshot] = await Promise.all([
    readSnapshotChanges(db, [seasonId]),
    db.seasonCheck.findMany({
      where: unchanged,
      orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
      take: checkLimit,
      select: { checkedAt: true, snapshotId: true },
    }),
    db.seasonCheck.groupBy({
      by: ["snapshotId"],
      where: unchanged,
      _count: { _all: true },
      _max: { checkedAt: true },
    }),
  ]);
  const confirmed = new Map(perSnapshot.map((row) => [row.snapshotId, row]));

  return {
    snapshots: changes.map((change) => ({
      ...change,
      summary: summarizeChange(change),
      confirmations: confirmed.get(change.id)?._count._all ?? 0,
      lastConfirmedAt: confirmed.get(change.id)?._max.checkedAt ?? null,
    })),
    checks,
    checkCount: perSnapshot.reduce((sum, row) => sum + row._count._all, 0),
  };
}

export type SeasonChange = SummarizedChange & { seasonNumber: number };

type SeasonNumbering = { id: number; seasonNumber: number };

/**
 * The newest snapshots (at most `limit`) of the given seasons, newest
 * first, each summarised against the one before it in its season.
 */
export async function readSeasonChanges(
  db: DbClient,
  seasons: SeasonNumbering[],
  limit: number,
): Promise<SeasonChange[]> {
  const numbers = new Map(seasons.map((s) => [s.id, s.seasonNumber]));
  const changes = await readSnapshotChanges(db, [...numbers.keys()], limit);

  return changes.map((change) => ({
    ...change,
    seasonNumber: numbers.get(change.seasonId)!,
    summary: summarizeChange(change),
  }));
}

/** readSeasonChanges over every stored season of a series in a language. */
export async function readSeriesChanges(
  db: DbClient,
  seriesId: number,
  language: string,
  limit: number,
): Promise<SeasonChange[]> {
  const seasons = await db.season.findMany({
    where: { seriesId, language },
    select: { id: true, seasonNumber: true },
  });
  return readSeasonChanges(db, seasons, limit);
}

/** A season's snapshots, newest first, without their credits. */
export async function listSnapshots(db: DbClient, seasonId: number) {
  return db.snapshot.findMany({
    where: { seasonId },
    orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
    select: { id: true, fetchedAt: true, castCount: true, crewCount: true },
  });
}
