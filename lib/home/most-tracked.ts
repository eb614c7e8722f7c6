import type { DbClient } from "../db/types";

export type TrackedSeriesCount = {
  seriesId: number;
  /** Null when castlog has not stored the series' details yet. */
  series: { id: number; name: string; slug: string } | null;
  /** People who track the whole series or any of its seasons. */
  trackers: number;
  /** Season tracks of the series, over every user and language. */
  seasonTracks: number;
};

type CountRow = {
  seriesId: number;
  name: string | null;
  slug: string | null;
  trackers: number;
  seasonTracks: number;
};

/**
 * The series tracked by the most people (at most `limit`), whether they
 * track it whole or some of its seasons; each person counts once per
 * series. Reads every tracking row, which the per-user limits on tracking
 * keep to a few hundred per account.
 */
export async function readMostTrackedSeries(
  db: DbClient,
  limit = 20,
): Promise<TrackedSeriesCount[]> {
  const rows = await db.$queryRaw<CountRow[]>`
    WITH tracks AS (
      SELECT "seriesId", "userId", 0 AS "season" FROM "TrackedSeries"
      UNION ALL
      SELECT "seriesId", "userId", 1 AS "season" FROM "TrackedSeason"
    )
    SELECT t."seriesId", sr."name", sr."slug",
      COUNT(DISTINCT t."userId")::int AS "trackers",
      SUM(t."season")::int AS "seasonTracks"
    FROM tracks t
    LEFT JOIN "Series" sr ON sr."id" = t."seriesId"
    GROUP BY t."seriesId", sr."name", sr."slug"
    ORDER BY "trackers" DESC, "seasonTracks" DESC, t."seriesId"
    LIMIT ${limit}`;

  return rows.map(({ seriesId, name, slug, trackers, seasonTracks }) => ({
    seriesId,
    series: name === null ? null : { id: seriesId, name, slug: slug ?? "" },
    trackers,
    seasonTracks,
  }));
}
