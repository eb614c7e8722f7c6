import type { SeasonKey } from "../credits/ingest";
import type { DbClient } from "../db/types";
import { listSeriesSeasons } from "../series/seasons";
import { defaultLanguage } from "../urls";
import { listTracked, type TrackedSeason } from "./tracks";

// A tracked series has no language of its own (TrackedSeries stores none),
// so its seasons are followed in the site's default language.
export const seriesSeasonLanguage = defaultLanguage;

export type FollowedSeries = {
  seriesId: number;
  trackedAt: Date;
  /** Its seasons as its stored details list them; [] until stored. */
  seasons: TrackedSeason[];
};

/** The seasons of each tracked series, from the stored series details. */
export async function expandTrackedSeries(
  db: DbClient,
  series: { seriesId: number; trackedAt: Date }[],
): Promise<FollowedSeries[]> {
  return Promise.all(
    series.map(async ({ seriesId, trackedAt }) => ({
      seriesId,
      trackedAt,
      seasons: (await listSeriesSeasons(db, seriesId)).map((season) => ({
        seriesId,
        seasonNumber: season.seasonNumber,
        language: seriesSeasonLanguage,
        trackedAt,
      })),
    })),
  );
}

const keyOf = (key: SeasonKey) =>
  `${key.seriesId}/${key.seasonNumber}/${key.language}`;

/**
 * Every season the user follows, tracked directly or through its series,
 * once each (with the earlier tracking date when both).
 */
export async function listFollowedSeasons(
  db: DbClient,
  userId: number,
): Promise<TrackedSeason[]> {
  const tracked = await listTracked(db, userId);
  const series = await expandTrackedSeries(db, tracked.series);
  const all = [...tracked.seasons, ...series.flatMap((s) => s.seasons)];

  const byKey = new Map<string, TrackedSeason>();
  for (const season of all) {
    const seen = byKey.get(keyOf(season));
    if (!seen || season.trackedAt < seen.trackedAt) {
      byKey.set(keyOf(season), season);
    }
  }
  return [...byKey.values()];
}

/** Whether the user follows the season, directly or through its series. */
export async function isFollowing(
  db: DbClient,
  userId: number,
  key: SeasonKey,
): Promise<boolean> {
  const { seriesId, seasonNumber, language } = key;
  const direct = await db.trackedSeason.count({
    where: { userId, seriesId, seasonNumber, language },
  });
  if (direct > 0) return true;
  if (language !== seriesSeasonLanguage) return false;

  const series = await db.trackedSeries.count({ where: { userId, seriesId } });
  if (series === 0) return false;
  const listed = await listSeriesSeasons(db, seriesId);
  return listed.some((season) => season.seasonNumber === seasonNumber);
}
