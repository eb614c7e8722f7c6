import type { Db } from "../db/open";
import { lockKeys, noLocks, type ProcessLocks } from "../limits/locks";
import { log } from "../log";
import { pagesChanged } from "../page-cache/changes";
import { forgetRebuilt, rememberRebuilt } from "./rebuilt";
import { findSeries, saveSeriesDetails, type SeriesRef } from "../series/store";
import type { TmdbClient, TmdbError } from "../tmdb";
import type { JsonObject } from "./fields";
import { ingestSnapshot, type IngestResult, type SeasonKey } from "./ingest";

export type RefreshResult =
  | { ok: true; series: SeriesRef; ingest: IngestResult }
  | { ok: false; error: TmdbError; series: SeriesRef | null };

// Series names and slugs come from one language, so that a season's
// canonical URL is the same whichever language it is viewed in.
const seriesLanguage = "en-US";

async function ensureSeries(
  db: Db,
  tmdb: TmdbClient,
  token: string,
  seriesId: number,
  maxAgeMs: number,
  now: Date,
  locks: ProcessLocks,
): Promise<{ ok: true; series: SeriesRef } | { ok: false; error: TmdbError }> {
  const stored = await findSeries(db, seriesId);
  const fresh = stored && now.getTime() - stored.fetchedAt.getTime() < maxAgeMs;
  if (stored && fresh) return { ok: true, series: stored };

  // Details stored by another process while this one waited are as good.
  return locks.withLock(lockKeys.series(seriesId), async () => {
    const latest = await findSeries(db, seriesId);
    if (latest && latest.fetchedAt.getTime() !== stored?.fetchedAt.getTime()) {
      return { ok: true, series: latest };
    }
    return fetchSeries(db, tmdb, token, seriesId, stored, now);
  });
}

async function fetchSeries(
  db: Db,
  tmdb: TmdbClient,
  token: string,
  seriesId: number,
  stored: SeriesRef | null,
  now: Date,
): Promise<{ ok: true; series: SeriesRef } | { ok: false; error: TmdbError }> {
  const details = await tmdb.getSeriesDetails(token, {
    seriesId,
    language: seriesLanguage,
  });
  if (details.ok) {
    return { ok: true, series: await saveSeriesDetails(db, details.data, now) };
  }

  // Stale details are good enough for a name; only a series castlog has
  // never seen needs them.
  if (stored) return { ok: true, series: stored };
  return { ok: false, error: details.error };
}

/**
 * Fetches a season from TMDB and ingests it. A failure writes nothing to
 * the season's history; a 404 for a stored season only marks it missing.
 * `locks` keeps processes from fetching the same series details at once.
 */
export async function refreshSeason(
  ...args: Parameters<typeof fetchAndIngest>
): Promise<RefreshResult> {
  try {
    return await fetchAndIngest(...args);
  } finally {
    // Checked, changed or gone: cached pages may read differently now.
    pagesChanged(args[0]);
  }
}

async function fetchAndIngest(
  db: Db,
  tmdb: TmdbClient,
  token: string,
  key: SeasonKey,
  maxAgeMs: number,
  locks: ProcessLocks = noLocks,
): Promise<RefreshResult> {
  const now = new Date();
  const [series, credits] = await Promise.all([
    ensureSeries(db, tmdb, token, key.seriesId, maxAgeMs, now, locks),
    tmdb.getSeasonAggregateCredits(token, key),
  ]);

  if (!credits.ok || !series.ok) {
    const error = credits.ok
      ? (series as { error: TmdbError }).error
      : credits.error;
    log.warn(
      { ...key, kind: error.kind, status: error.status },
      "refresh failed",
    );
    if (error.kind === "not_found") {
      await db.season.updateMany({
        where: { ...key, missingAt: null },
        data: { missingAt: now },
      });
    }
    return { ok: false, error, series: series.ok ? series.series : null };
  }

  const response = credits.data as unknown as JsonObject;
  const ingest = await ingestSnapshot(db, {
    ...key,
    response,
    fetchedAt: new Date(),
  });
  // People's popularity may have moved in every stored snapshot, and a
  // new one rebuilds to exactly this response.
  forgetRebuilt();
  if (ingest.changed) rememberRebuilt(ingest.snapshotId, response);
  log.info(
    { ...key, changed: ingest.changed, credits: ingest.creditsWritten },
    "season refreshed",
  );
  return { ok: true, series: series.series, ingest };
}
