import { readSeasonChanges } from "../credits/history";
import type { DbClient } from "../db/types";

export type RecentSeasonChange = {
  series: { id: number; name: string; slug: string };
  seasonNumber: number;
  language: string;
  /** When castlog stored the season's newest version. */
  changedAt: Date;
  /** The version before it, which the change is measured against. */
  previousAt: Date;
  /** What changed, in one line. */
  summary: string;
};

type LatestChangeRow = {
  seasonId: number;
  seasonNumber: number;
  language: string;
  seriesId: number;
  seriesName: string;
  slug: string;
  changedAt: Date;
  previousAt: Date;
};

/**
 * Each season's newest version with the one before it, for the seasons
 * that have at least two (a first version changes nothing), newest first.
 *
 * It probes every season's snapshots through Snapshot (seasonId,
 * fetchedAt), newest first, so its cost grows with the number of seasons,
 * not of versions. An index on Snapshot (fetchedAt) would let it read the
 * newest versions site-wide directly instead.
 */
async function readLatestChanges(
  db: DbClient,
  limit: number,
): Promise<LatestChangeRow[]> {
  return db.$queryRaw<LatestChangeRow[]>`
    SELECT se."id" AS "seasonId", se."seasonNumber", se."language",
      sr."id" AS "seriesId", sr."name" AS "seriesName", sr."slug",
      latest."fetchedAt" AS "changedAt", earlier."fetchedAt" AS "previousAt"
    FROM "Season" se
    JOIN "Series" sr ON sr."id" = se."seriesId"
    CROSS JOIN LATERAL (
      SELECT s."id", s."fetchedAt" FROM "Snapshot" s
      WHERE s."seasonId" = se."id"
      ORDER BY s."fetchedAt" DESC, s."id" DESC
      LIMIT 1
    ) latest
    CROSS JOIN LATERAL (
      SELECT s."fetchedAt" FROM "Snapshot" s
      WHERE s."seasonId" = se."id" AND s."id" <> latest."id"
      ORDER BY s."fetchedAt" DESC, s."id" DESC
      LIMIT 1
    ) earlier
    ORDER BY latest."fetchedAt" DESC, latest."id" DESC
    LIMIT ${limit}`;
}

/**
 * The seasons whose credits changed most recently across the site (at
 * most `limit`, newest first), one entry per season and language, each
 * with its newest change summarised.
 */
export async function readRecentSeasonChanges(
  db: DbClient,
  limit = 20,
): Promise<RecentSeasonChange[]> {
  const rows = await readLatestChanges(db, limit);
  const summaries = await Promise.all(
    rows.map(async (row) => {
      const season = { id: row.seasonId, seasonNumber: row.seasonNumber };
      const [newest] = await readSeasonChanges(db, [season], 1);
      return newest?.summary ?? "";
    }),
  );

  return rows.map((row, i) => ({
    series: { id: row.seriesId, name: row.seriesName, slug: row.slug },
    seasonNumber: row.seasonNumber,
    language: row.language,
    changedAt: row.changedAt,
    previousAt: row.previousAt,
    summary: summaries[i]!,
  }));
}
