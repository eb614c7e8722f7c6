import "server-only";
import { loadSeasonCredits, type LoadOptions } from "../credits/load";
import { getDb } from "../db";
import { log } from "../log";
import { listSeriesSeasons } from "./seasons";

/**
 * Fetches and stores, one after the other, the seasons TMDB lists for a
 * stored series that castlog has not stored in `language` yet, with the
 * given token (a signed-in user's) or else the site's. One at a time
 * because they share the TMDB request budget with every page view. Each
 * fetch asks `mayFetch` first; once it refuses, the rest are not tried.
 * Returns how many were stored and how many failed.
 */
export async function fetchMissingSeasons(
  seriesId: number,
  language: string,
  token: string | undefined,
  mayFetch?: LoadOptions["mayFetch"],
): Promise<{ stored: number; failed: number }> {
  const result = { stored: 0, failed: 0 };

  const db = await getDb();
  const listed = await listSeriesSeasons(db, seriesId);
  const present = await db.season.findMany({
    where: { seriesId, language },
    select: { seasonNumber: true },
  });
  const have = new Set(present.map((season) => season.seasonNumber));
  const missing = listed.filter((season) => !have.has(season.seasonNumber));

  for (const { seasonNumber } of missing) {
    const loaded = await loadSeasonCredits(
      { seriesId, seasonNumber, language },
      { token, mayFetch },
    );
    if (loaded.ok) result.stored += 1;
    else result.failed += 1;
    if (!loaded.ok && loaded.failure.kind === "rate_limited") break;
  }

  log.info({ seriesId, language, ...result }, "missing seasons fetched");
  return result;
}
