import type { SeasonKey } from "../credits/ingest";
import type { DbClient } from "../db/types";
import { listSeriesSeasons } from "../series/seasons";
import { defaultLanguage } from "../urls";

/** A season to refresh and the users tracking it, by id, in id order. */
export type SeasonWork = SeasonKey & { trackers: number[] };

/** A tracked series and the users tracking it, by id, in id order. */
export type SeriesWork = { seriesId: number; trackers: number[] };

export type TrackedWork = {
  /** Seasons tracked one by one. */
  seasons: SeasonWork[];
  /** Series tracked whole: their seasons come from their details. */
  series: SeriesWork[];
};

// A tracked series has no language of its own, so its seasons are
// followed in the site's default language, as the dashboard shows them.
const seriesSeasonLanguage = defaultLanguage;

const keyOf = (key: SeasonKey) =>
  `${key.seriesId}/${key.seasonNumber}/${key.language}`;

function byKey(a: SeasonKey, b: SeasonKey): number {
  return (
    a.seriesId - b.seriesId ||
    a.seasonNumber - b.seasonNumber ||
    a.language.localeCompare(b.language)
  );
}

/** Adds the trackers of `work` to the season's entry, once each. */
function merge(into: Map<string, SeasonWork>, work: SeasonWork): void {
  const seen = into.get(keyOf(work));
  if (!seen) {
    into.set(keyOf(work), { ...work, trackers: [...work.trackers] });
    return;
  }
  const trackers = new Set([...seen.trackers, ...work.trackers]);
  seen.trackers = [...trackers].sort((a, b) => a - b);
}

/** Everything users track, grouped so that each season appears once. */
export async function readTrackedWork(db: DbClient): Promise<TrackedWork> {
  const seasonRows = await db.trackedSeason.findMany({
    select: {
      userId: true,
      seriesId: true,
      seasonNumber: true,
      language: true,
    },
    orderBy: { userId: "asc" },
  });
  const seriesRows = await db.trackedSeries.findMany({
    select: { userId: true, seriesId: true },
    orderBy: [{ seriesId: "asc" }, { userId: "asc" }],
  });

  const seasons = new Map<string, SeasonWork>();
  for (const { userId, ...key } of seasonRows) {
    merge(seasons, { ...key, trackers: [userId] });
  }
  const series = new Map<number, SeriesWork>();
  for (const { userId, seriesId } of seriesRows) {
    const seen = series.get(seriesId);
    if (seen) seen.trackers.push(userId);
    else series.set(seriesId, { seriesId, trackers: [userId] });
  }

  return {
    seasons: [...seasons.values()].sort(byKey),
    series: [...series.values()],
  };
}

/**
 * Every season to refresh, once each: the seasons tracked one by one and
 * the seasons the stored details of each tracked series list, with the
 * users tracking either way. A series whose details are not stored adds
 * no season.
 */
export async function listSeasonWork(
  db: DbClient,
  tracked: TrackedWork,
): Promise<SeasonWork[]> {
  const seasons = new Map<string, SeasonWork>();
  for (const work of tracked.seasons) merge(seasons, work);

  for (const { seriesId, trackers } of tracked.series) {
    for (const { seasonNumber } of await listSeriesSeasons(db, seriesId)) {
      const language = seriesSeasonLanguage;
      merge(seasons, { seriesId, seasonNumber, language, trackers });
    }
  }
  return [...seasons.values()].sort(byKey);
}

/** The users among `userIds` whose token TMDB has not rejected. */
export async function findUsableTokenOwners(
  db: DbClient,
  userIds: number[],
): Promise<Set<number>> {
  const rows = await db.tmdbToken.findMany({
    where: { userId: { in: userIds }, invalidAt: null },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}
