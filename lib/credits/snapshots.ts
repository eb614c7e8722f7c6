import type { DbClient } from "../db/types";
import type { JsonObject } from "./fields";
import type { SeasonKey } from "./ingest";
import { rebuildResponse } from "./rebuild";
import { readSnapshotCredits, readSnapshotPopularity } from "./rows";

export type SnapshotRef = {
  id: number;
  seasonId: number;
  fetchedAt: Date;
  tmdbId: number;
  layout: string | null;
  extra: string | null;
  castCount: number;
  crewCount: number;
};

/** The stored season, or null when castlog has never stored it. */
export async function findSeason(db: DbClient, key: SeasonKey) {
  return db.season.findUnique({
    where: { seriesId_seasonNumber_language: key },
    select: { id: true, checkedAt: true, missingAt: true },
  });
}

/**
 * The season's newest snapshot, or with `asOf` the one in force at that
 * moment (the newest fetched at or before it). Null when there is none.
 */
export async function findSnapshot(
  db: DbClient,
  seasonId: number,
  asOf?: Date,
): Promise<SnapshotRef | null> {
  return db.snapshot.findFirst({
    where: { seasonId, ...(asOf ? { fetchedAt: { lte: asOf } } : {}) },
    orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
  });
}

/** The response TMDB sent for the snapshot, rebuilt from the database. */
export async function rebuildSnapshot(
  db: DbClient,
  snapshot: SnapshotRef,
): Promise<JsonObject> {
  const { seasonId, id } = snapshot;
  const [credits, popularity] = await Promise.all([
    readSnapshotCredits(db, seasonId, id),
    readSnapshotPopularity(db, seasonId, id),
  ]);

  return rebuildResponse({ ...snapshot, credits, popularity });
}
