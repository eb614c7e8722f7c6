import type { DbClient } from "../db/types";
import { saveSeriesDetails } from "../series/store";
import type { TmdbClient } from "../tmdb/client";
import type { TmdbError } from "../tmdb/errors";
import { defaultLanguage } from "../urls";

/**
 * Fetches a series' details and stores them: they name the series and
 * list its seasons. Stores nothing when TMDB fails.
 */
export async function refreshSeriesDetails(
  db: DbClient,
  tmdb: TmdbClient,
  token: string,
  seriesId: number,
): Promise<{ ok: true } | { ok: false; error: TmdbError }> {
  // Names and slugs come from one language, as the season refresh stores
  // them, so that a series keeps one canonical address.
  const details = await tmdb.getSeriesDetails(token, {
    seriesId,
    language: defaultLanguage,
  });
  if (!details.ok) return details;

  await saveSeriesDetails(db, details.data, new Date());
  return { ok: true };
}
