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

/** The state of each followed season, in the order given. */
export async function readSeasonStatuses(
  db: DbClient,
  followed: TrackedSeason[],
  previousVisitAt: Date | null,
): Promise<SeasonStatus[]> {
  const seriesRefs = new Map<number, SeriesRef | null>();
  for (const id of new Set(followed.map((s) => s.seriesId))) {
    seriesRefs.set(id, await findSeries(db, id));
  }

  return Promise.all(
    followed.map(async ({ trackedAt, ...key }) => {
      const since = changesBaseline(trackedAt, previousVisitAt);
      const season = await db.season.findUnique({
        where: { seriesId_seasonNumber_language: key },
        select: { id: true, checkedAt: true, missingAt: true },
      });
      const newest = season
        ? await db.snapshot.findFirst({
            where: { seasonId: season.id },
            orderBy: [{ fetchedAt: "desc" }, { id: "desc" }],
            select: { fetchedAt: true },
          })
        : null;

      return {
        key,
        series: seriesRefs.get(key.seriesId) ?? null,
        trackedAt,
        checkedAt: season?.checkedAt ?? null,
        changedAt: newest?.fetchedAt ?? null,
        missingAt: season?.missingAt ?? null,
        changes: season
          ? await summarizeChangesSince(db, season.id, since.at)
          : null,
        since,
      };
    }),
  );
}
