import type { DbClient } from "../db/types";
import { findSeries, type SeriesRef } from "../series/store";
import { expandTrackedSeries } from "./followed";
import { readSeasonStatuses, type SeasonStatus } from "./status";
import { listTracked } from "./tracks";

export type SeriesStatus = {
  seriesId: number;
  /** Null until castlog has stored the series. */
  series: SeriesRef | null;
  trackedAt: Date;
  seasons: SeasonStatus[];
};

export type Dashboard = {
  /** Seasons tracked one by one. */
  seasons: SeasonStatus[];
  /** Series tracked whole, each with the seasons it lists. */
  series: SeriesStatus[];
};

/** What the user tracks, with what changed since `previousVisitAt`. */
export async function readDashboard(
  db: DbClient,
  userId: number,
  previousVisitAt: Date | null,
): Promise<Dashboard> {
  const tracked = await listTracked(db, userId);
  const expanded = await expandTrackedSeries(db, tracked.series);

  const seasons = await readSeasonStatuses(
    db,
    tracked.seasons,
    previousVisitAt,
  );
  const series = await Promise.all(
    expanded.map(async (entry) => ({
      seriesId: entry.seriesId,
      series: await findSeries(db, entry.seriesId),
      trackedAt: entry.trackedAt,
      seasons: await readSeasonStatuses(db, entry.seasons, previousVisitAt),
    })),
  );
  return { seasons, series };
}
