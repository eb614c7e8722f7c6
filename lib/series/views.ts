import "server-only";
import { getDb } from "../db";
import { readSeriesMatrix, type SeriesMatrix } from "./matrix";
import { readSeriesOverlap, type SeriesOverlap } from "./overlap";

export type { MatrixPerson, MatrixSort, SeriesMatrix } from "./matrix";
export type { OverlapPerson, OverlapRole, SeriesOverlap } from "./overlap";

/** The people-by-season matrix of a series in one language. */
export async function getSeriesMatrix(
  seriesId: number,
  language: string,
): Promise<SeriesMatrix> {
  return readSeriesMatrix(await getDb(), seriesId, language);
}

/** The people credited in both series, at most `limit` of them. */
export async function getSeriesOverlap(
  seriesIds: [number, number],
  language: string,
  limit: number,
): Promise<SeriesOverlap> {
  return readSeriesOverlap(await getDb(), seriesIds, language, limit);
}
