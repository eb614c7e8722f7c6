import type { DbClient } from "../db/types";
import { findSeries, saveSeriesDetails, type SeriesRef } from "../series/store";
import type { TmdbClient } from "../tmdb/client";
import type { TmdbError } from "../tmdb/errors";

// Series names and slugs come from one language, as the season refresh
// stores them, so a series keeps one canonical address.
const detailsLanguage = "en-US";

/**
 * The stored series, fetching its details from TMDB with `token` first
 * when castlog has never stored it. Tracking a series needs them: they
 * list its seasons.
 */
export async function ensureSeriesStored(
  db: DbClient,
  tmdb: TmdbClient,
  token: string,
  seriesId: number,
): Promise<{ ok: true; series: SeriesRef } | { ok: false; error: TmdbError }> {
  const stored = await findSeries(db, seriesId);
  if (stored) return { ok: true, series: stored };

  const details = await tmdb.getSeriesDetails(token, {
    seriesId,
    language: detailsLanguage,
  });
  if (!details.ok) return details;
  return {
    ok: true,
    series: await saveSeriesDetails(db, details.data, new Date()),
  };
}
