import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { getProcessLocks, lockKeys } from "../limits";
import { log } from "../log";
import { getTmdbClient } from "../tmdb";
import { findSeries, saveSeriesDetails, type SeriesRef } from "./store";

export type SeriesLoadResult =
  | { ok: true; series: SeriesRef }
  /** TMDB does not have the series, or it is not stored and no token is. */
  | { ok: false; kind: "not_found" }
  /** Not stored, and TMDB could not be reached. */
  | { ok: false; kind: "unavailable"; retryAfterSeconds: number };

// Series names and slugs come from one language, as the season refresh
// stores them, so a series keeps one canonical address.
const detailsLanguage = "en-US";

/**
 * The series for its page: the stored details when castlog has them,
 * otherwise fetched from TMDB with the site's token and stored. Stored
 * details are not refetched here; every season refresh keeps them fresh.
 */
export async function loadSeries(seriesId: number): Promise<SeriesLoadResult> {
  const db = await getDb();
  const stored = await findSeries(db, seriesId);
  if (stored) return { ok: true, series: stored };

  const token = getEnv().TMDB_TOKEN;
  if (!token) return { ok: false, kind: "not_found" };

  // Another process fetching the same series stores it: wait, then read.
  return getProcessLocks().withLock(lockKeys.series(seriesId), async () => {
    const storedMeanwhile = await findSeries(db, seriesId);
    if (storedMeanwhile) return { ok: true, series: storedMeanwhile };
    return fetchSeries(seriesId, token);
  });
}

async function fetchSeries(
  seriesId: number,
  token: string,
): Promise<SeriesLoadResult> {
  const details = await getTmdbClient().getSeriesDetails(token, {
    seriesId,
    language: detailsLanguage,
  });
  if (details.ok) {
    const db = await getDb();
    const series = await saveSeriesDetails(db, details.data, new Date());
    return { ok: true, series };
  }

  const { kind, status, retryAfterSeconds } = details.error;
  if (kind === "not_found") return { ok: false, kind: "not_found" };
  log.warn({ seriesId, kind, status }, "series details unavailable");
  return {
    ok: false,
    kind: "unavailable",
    retryAfterSeconds: retryAfterSeconds ?? 60,
  };
}
