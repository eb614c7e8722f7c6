import type { DbClient } from "../db/types";
import { defaultLanguage } from "../urls";

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

/**
 * The languages castlog has a stored version of any season of a series
 * in, in alphabetical order; empty when it has none.
 */
export async function listSeriesLanguages(
  db: DbClient,
  seriesId: number,
): Promise<string[]> {
  const seasons = await db.season.findMany({
    where: { seriesId, snapshots: { some: {} } },
    select: { language: true },
    distinct: ["language"],
    orderBy: { language: "asc" },
  });
  return seasons.map((season) => season.language);
}

/**
 * A page's hreflang alternates: its address in each language, keyed by
 * language code. The default language also stands for readers of any
 * other (`x-default`) when it is among them.
 */
export function hreflangAlternates(
  languages: string[],
  pathIn: (language: string) => string,
): Record<string, string> {
  const alternates = Object.fromEntries(
    languages.map((language) => [language, pathIn(language)]),
  );
  if (languages.includes(defaultLanguage)) {
    alternates["x-default"] = pathIn(defaultLanguage);
  }
  return alternates;
}
