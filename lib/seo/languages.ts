import type { DbClient } from "../db/types";

/**
 * The languages castlog has a stored version of a season in, in
 * alphabetical order; empty when it has none.
 */
export async function listSeasonLanguages(
  db: DbClient,
  seriesId: number,
  seasonNumber: number,
): Promise<string[]> {
  // The seriesId prefix of Season's unique index finds the rows.
  const seasons = await db.season.findMany({
    where: { seriesId, seasonNumber, snapshots: { some: {} } },
    select: { language: true },
    orderBy: { language: "asc" },
  });
  return seasons.map((season) => season.language);
}
