import type { SeasonKey } from "../credits/ingest";
import type { DbClient } from "../db/types";
import { findSeries, type SeriesRef } from "../series/store";
import { summarizeChangesSince, type ChangeSummary } from "./changes";
import type { TrackedSeason } from "./tracks";

export type SeasonStatus = {
  key: SeasonKey;
  /** Null until castlog has stored the series. */
  series: SeriesRef | null;
  trackedAt: Date;
  /** Last successful fetch from TMDB, changed or not. */
  checkedAt: Date | null;
  /** When the newest version was fetched. */
  changedAt: Date | null;
  /** Set while TMDB no longer lists the season. */
  missingAt: Date | null;
  /** What changed since the baseline; null when nothing did. */
  changes: ChangeSummary | null;
  /** The baseline: "visit" for the previous visit, else tracking began. */
  since: { kind: "visit" | "tracking"; at: Date };
};

/**
 * The baseline of "what changed" for a season: the user's previous visit,
 * or when they began tracking it, whichever is later. Changes from before
 * they tracked it are not news to them.
 */
export function changesBaseline(
  trackedAt: Date,
  previousVisitAt: Date | null,
): SeasonStatus["since"] {
  if (previousVisitAt && previousVisitAt >= trackedAt) {
    return { kind: "visit", at: previousVisitAt };
  }
  return { kind: "tracking", at: trackedAt };
}

const keyOf = (key: SeasonKey) =>
  `${key.seriesId}/${key.seasonNumber}/${key.language}`;

/** The stored seasons among `keys`, with when each last changed. */
async function readStoredSeasons(db: DbClient, keys: SeasonKey[]) {
  const seasons = await db.season.findMany({
    where: {
      OR: keys.map(({ seriesId, seasonNumber, language }) => ({
        seriesId,
        seasonNumber,
        language,
      })),
    },
  });
  const newest = await db.snapshot.groupBy({
    by: ["seasonId"],
    where: { seasonId: { in: seasons.map((s) => s.id) } },
    _max: { fetchedAt: true },
  });
  const changedAt = new Map(newest.map((n) => [n.seasonId, n._max.fetchedAt]));

  return new Map(
    seasons.map((s) => [
      keyOf(s),
      { ...s, changedAt: changedAt.get(s.id) ?? null },
    ]),
  );
}

/** The state of each followed season, in the order given. */
export async function readSeasonStatuses(
  db: DbClient,
  followed: TrackedSeason[],
  previousVisitAt: Date | null,
): Promise<SeasonStatus[]> {
  if (followed.length === 0) return [];
  const stored = await readStoredSeasons(db, followed);
  const seriesRefs = new Map<number, SeriesRef | null>();
  for (const id of new Set(followed.map((s) => s.seriesId))) {
    seriesRefs.set(id, await findSeries(db, id));
  }

  return Promise.all(
    followed.map(async ({ trackedAt, ...key }) => {
      const since = changesBaseline(trackedAt, previousVisitAt);
      const season = stored.get(keyOf(key));
      // Only a season with a version newer than the baseline can differ.
      const changed = season?.changedAt && season.changedAt > since.at;

      return {
        key,
        series: seriesRefs.get(key.seriesId) ?? null,
        trackedAt,
        checkedAt: season?.checkedAt ?? null,
        changedAt: season?.changedAt ?? null,
        missingAt: season?.missingAt ?? null,
        changes: changed
          ? await summarizeChangesSince(db, season.id, since.at)
          : null,
        since,
      };
    }),
  );
}
