import type { TokenKeys } from "../auth/crypto";
import { findSeason } from "../credits/snapshots";
import { refreshSeasonOnce } from "../credits/shared-refresh";
import type { Db } from "../db/open";
import { noLocks, type ProcessLocks } from "../limits/locks";
import { log } from "../log";
import type { TmdbClient } from "../tmdb/client";
import type {
  RefreshProgress,
  RefreshSummary,
  SeasonProgress,
  SeriesProgress,
} from "./events";
import {
  findUsableTokenOwners,
  listSeasonWork,
  readTrackedWork,
  type SeasonWork,
  type SeriesWork,
} from "./plan";
import { forEachConcurrently } from "./pool";
import { refreshSeriesDetails } from "./series-details";
import {
  countFailures,
  createSeasonTally,
  createSeriesTally,
  type SeasonOutcome,
} from "./tally";
import { createTrackerTokens, type TrackerTokens } from "./tokens";

export type RefreshJobOptions = {
  keys: TokenKeys;
  /**
   * Seasons (or series) refreshed at once; 20 by default, TMDB's limit of
   * open connections. Requests per second are the client's budget.
   */
  concurrency?: number;
  /**
   * Stored details of an untracked series older than this are fetched
   * again with its season; a tracked series' details always are.
   */
  seriesMaxAgeMs: number;
  /** Called after each season or series, and as each stage begins. */
  onProgress?: (progress: RefreshProgress) => void;
  /**
   * The locks page views take (getProcessLocks), so that the run and a
   * view never both fetch one season: whichever comes second reads what
   * the first stored. None by default, for a database nothing else uses.
   */
  locks?: ProcessLocks;
};

type Run = {
  db: Db;
  tmdb: TmdbClient;
  tokens: TrackerTokens;
  concurrency: number;
  locks: ProcessLocks;
  report: (progress: RefreshProgress) => void;
  /** The max age of stored series details at this moment. */
  seriesMaxAgeMs: () => number;
};

const failureOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

async function refreshOneSeries(run: Run, work: SeriesWork) {
  const { db, tmdb, tokens } = run;
  try {
    const result = await tokens.callWithToken(work.trackers, (token) =>
      refreshSeriesDetails(db, tmdb, token, work.seriesId),
    );
    if (result === null) return "no_token";
    return result.ok ? "refreshed" : result.error.kind;
  } catch (error) {
    log.error(
      { seriesId: work.seriesId, error: failureOf(error) },
      "refreshing a tracked series failed",
    );
    return "error";
  }
}

async function refreshOneSeason(
  run: Run,
  work: SeasonWork,
): Promise<SeasonOutcome> {
  const { db, tmdb, tokens, locks } = run;
  const { trackers, ...key } = work;
  try {
    // The job always refreshes: a check by anyone after this one is news.
    const seen = (await findSeason(db, key))?.checkedAt ?? null;
    const result = await tokens.callWithToken(trackers, (token) =>
      refreshSeasonOnce(
        db,
        tmdb,
        token,
        key,
        run.seriesMaxAgeMs(),
        locks,
        seen,
      ),
    );
    if (result === null) return "no_token";
    if (!result.ok) return result.error.kind;
    const changed =
      "refreshedElsewhere" in result ? result.changed : result.ingest.changed;
    return changed ? "changed" : "unchanged";
  } catch (error) {
    log.error(
      { ...key, error: failureOf(error) },
      "refreshing a tracked season failed",
    );
    return "error";
  }
}

async function refreshAllSeries(
  run: Run,
  series: SeriesWork[],
): Promise<SeriesProgress> {
  const tally = createSeriesTally(series.length);
  run.report(tally.progress());

  await forEachConcurrently(series, run.concurrency, async (work) => {
    tally.record(await refreshOneSeries(run, work));
    run.report(tally.progress());
  });
  return tally.progress();
}

async function refreshAllSeasons(
  run: Run,
  seasons: SeasonWork[],
): Promise<SeasonProgress> {
  const tally = createSeasonTally(seasons.length);
  run.report(tally.progress());

  await forEachConcurrently(seasons, run.concurrency, async (work) => {
    tally.record(await refreshOneSeason(run, work));
    run.report(tally.progress());
  });
  return tally.progress();
}

/**
 * Refreshes every tracked season once, each with the token of a user who
 * tracks it. First the details of tracked series, which list their
 * seasons; then each season tracked directly or through its series. A
 * failure is counted and the run goes on.
 */
export async function refreshTrackedSeasons(
  db: Db,
  tmdb: TmdbClient,
  options: RefreshJobOptions,
): Promise<RefreshSummary> {
  const startedAt = Date.now();
  const requestsBefore = tmdb.stats().upstreamRequests;

  const tracked = await readTrackedWork(db);
  const users = [...tracked.seasons, ...tracked.series].flatMap(
    (work) => work.trackers,
  );
  const usable = await findUsableTokenOwners(db, [...new Set(users)]);
  const run: Run = {
    db,
    tmdb,
    tokens: createTrackerTokens(db, options.keys, usable),
    concurrency: options.concurrency ?? 20,
    locks: options.locks ?? noLocks,
    report: options.onProgress ?? (() => undefined),
    // Details stored during this run (or a minute before) are fresh, so
    // that a series' seasons do not each fetch them again.
    seriesMaxAgeMs: () =>
      Math.max(options.seriesMaxAgeMs, Date.now() - startedAt + 60_000),
  };

  const series = await refreshAllSeries(run, tracked.series);
  const seasons = await refreshAllSeasons(
    run,
    await listSeasonWork(db, tracked),
  );

  const summary: RefreshSummary = {
    series: {
      total: series.total,
      refreshed: series.total - countFailures(series.failed),
      failed: series.failed,
    },
    seasons: {
      total: seasons.total,
      refreshed: seasons.changed + seasons.unchanged,
      changed: seasons.changed,
      unchanged: seasons.unchanged,
      failed: seasons.failed,
    },
    rejectedTokens: run.tokens.rejectedCount(),
    tmdbRequests: tmdb.stats().upstreamRequests - requestsBefore,
    durationMs: Date.now() - startedAt,
  };
  const { rejectedTokens, ...figures } = summary;
  // The logger drops fields named like secrets, so this one is renamed.
  log.info(
    { ...figures, rejectedCredentials: rejectedTokens },
    "tracked seasons refreshed",
  );
  return summary;
}
