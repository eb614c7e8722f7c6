import type { SeasonKey } from "../credits/ingest";
import type { DbClient } from "../db/types";

// Every function here acts on one user's tracking only: the user id is
// part of every query, so no call can reach another user's rows.

export type TrackedSeason = SeasonKey & { trackedAt: Date };
export type TrackedSeries = { seriesId: number; trackedAt: Date };

export type TrackResult = { ok: true } | { ok: false; reason: "limit" };

// Each tracked season costs a TMDB request per background refresh, so one
// account cannot make the site refresh without bound.
export const maxTrackedSeasons = 200;
export const maxTrackedSeries = 50;

/**
 * Tracks a season in one language. Idempotent: tracking it again keeps
 * the first date. Refused once the user tracks `maxTrackedSeasons`.
 */
export async function trackSeason(
  db: DbClient,
  userId: number,
  key: SeasonKey,
): Promise<TrackResult> {
  const count = await db.trackedSeason.count({ where: { userId } });
  if (count >= maxTrackedSeasons) return { ok: false, reason: "limit" };

  const { seriesId, seasonNumber, language } = key;
  await db.trackedSeason.createMany({
    data: [{ userId, seriesId, seasonNumber, language }],
    skipDuplicates: true,
  });
  return { ok: true };
}

/** Stops tracking a season. Idempotent; false when it was not tracked. */
export async function untrackSeason(
  db: DbClient,
  userId: number,
  key: SeasonKey,
): Promise<boolean> {
  const { seriesId, seasonNumber, language } = key;
  const deleted = await db.trackedSeason.deleteMany({
    where: { userId, seriesId, seasonNumber, language },
  });
  return deleted.count > 0;
}

/** Tracks a whole series: every season it lists. Idempotent. */
export async function trackSeries(
  db: DbClient,
  userId: number,
  seriesId: number,
): Promise<TrackResult> {
  const count = await db.trackedSeries.count({ where: { userId } });
  if (count >= maxTrackedSeries) return { ok: false, reason: "limit" };

  await db.trackedSeries.createMany({
    data: [{ userId, seriesId }],
    skipDuplicates: true,
  });
  return { ok: true };
}

/** Stops tracking a series. Idempotent; false when it was not tracked. */
export async function untrackSeries(
  db: DbClient,
  userId: number,
  seriesId: number,
): Promise<boolean> {
  const deleted = await db.trackedSeries.deleteMany({
    where: { userId, seriesId },
  });
  return deleted.count > 0;
}

/** What the user tracks, each list in series and season order. */
export async function listTracked(
  db: DbClient,
  userId: number,
): Promise<{ seasons: TrackedSeason[]; series: TrackedSeries[] }> {
  const seasons = await db.trackedSeason.findMany({
    where: { userId },
    orderBy: [
      { seriesId: "asc" },
      { seasonNumber: "asc" },
      { language: "asc" },
    ],
  });
  const series = await db.trackedSeries.findMany({
    where: { userId },
    orderBy: { seriesId: "asc" },
  });

  return {
    seasons: seasons.map((s) => ({
      seriesId: s.seriesId,
      seasonNumber: s.seasonNumber,
      language: s.language,
      trackedAt: s.createdAt,
    })),
    series: series.map((s) => ({
      seriesId: s.seriesId,
      trackedAt: s.createdAt,
    })),
  };
}
