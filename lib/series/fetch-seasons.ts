import "server-only";
import { loadSeasonCredits } from "../credits/load";
import { getDb } from "../db";
import { getEnv } from "../env";
import { log } from "../log";
import { listSeriesSeasons } from "./seasons";

/** Whether this site can fetch seasons from TMDB on a reader's behalf. */
export function canFetchSeasons(): boolean {
  return Boolean(getEnv().TMDB_TOKEN);
}

/**
 * Fetches and stores, one after the other, the seasons TMDB lists for a
 * stored series that castlog has not stored in `language` yet. One at a
 * time because they share the process's TMDB request budget with every
 * page view. Returns how many were stored and how many failed.
 */
export async function fetchMissingSeasons(
  seriesId: number,
  language: string,
): Promise<{ stored: number; failed: number }> {
  const result = { stored: 0, failed: 0 };
  if (!canFetchSeasons()) return result;

  const db = await getDb();
  const listed = await listSeriesSeasons(db, seriesId);
  const present = await db.season.findMany({
    where: { seriesId, language },
    select: { seasonNumber: true },
  });
  const have = new Set(present.map((season) => season.seasonNumber));
  const missing = listed.filter((season) => !have.has(season.seasonNumber));

  for (const { seasonNumber } of missing) {
    const loaded = await loadSeasonCredits({
      seriesId,
      seasonNumber,
      language,
    });
    if (loaded.ok) result.stored += 1;
    else result.failed += 1;
  }

  log.info({ seriesId, language, ...result }, "missing seasons fetched");
  return result;
}
