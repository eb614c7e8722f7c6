import "server-only";
import { getDb } from "../db";
import { findSeries, type SeriesRef } from "./store";

export type { SeriesRef } from "./store";
export { seriesSegment, slugify } from "./slug";

/** The stored series, or null when castlog has never fetched it. */
export async function getStoredSeries(id: number): Promise<SeriesRef | null> {
  return findSeries(await getDb(), id);
}
