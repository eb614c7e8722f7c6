import "server-only";
import { getDb } from "../db";
import { listSeriesSeasons, type SeasonListing } from "./seasons";
import { findSeries, type SeriesRef } from "./store";

export type { SeasonListing } from "./seasons";
export type { SeriesRef } from "./store";
export { seriesSegment, slugify } from "./slug";

/** The stored series, or null when castlog has never fetched it. */
export async function getStoredSeries(id: number): Promise<SeriesRef | null> {
  return findSeries(await getDb(), id);
}

/** The seasons TMDB lists for a stored series, in order; [] when unknown. */
export async function getSeriesSeasons(
  seriesId: number,
): Promise<SeasonListing[]> {
  return listSeriesSeasons(await getDb(), seriesId);
}
