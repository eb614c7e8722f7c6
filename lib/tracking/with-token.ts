import "server-only";
import type { SessionUser } from "../auth/accounts";
import { viewerTmdbToken } from "../auth/session";
import { loadSeasonCredits, type LoadResult } from "../credits/load";
import type { SeasonKey } from "../credits/ingest";
import { getDb } from "../db";
import { getTmdbClient, type SeriesSearchResult } from "../tmdb";
import { isFollowing, listFollowedSeasons } from "./followed";
import { ensureSeriesStored } from "./series";
import { trackSeason, trackSeries } from "./tracks";

// What the dashboard asks of TMDB, always with the signed-in user's own
// token: adding, refreshing and searching.

export type TrackingFailure =
  /** The user has no token TMDB still accepts; settings can replace it. */
  | "token_invalid"
  /** TMDB refused the token just now (it is now marked invalid). */
  | "token_rejected"
  | "not_found"
  | "unavailable"
  /** The user tracks as many seasons or series as allowed. */
  | "limit"
  /** Refreshing a season the user does not track. */
  | "not_tracked";

export type TrackingResult =
  { ok: true } | { ok: false; failure: TrackingFailure };

const failed = (failure: TrackingFailure): TrackingResult => ({
  ok: false,
  failure,
});

/** Loads a season with the viewer's token, noting whether TMDB refused it. */
async function loadWithViewerToken(
  viewer: SessionUser,
  key: SeasonKey,
  force: boolean,
): Promise<{ result: LoadResult; rejected: boolean } | null> {
  const token = await viewerTmdbToken(viewer);
  if (!token) return null;

  let rejected = false;
  const result = await loadSeasonCredits(key, {
    token: token.token,
    force,
    onTokenRejected: async () => {
      rejected = true;
      await token.onRejected();
    },
  });
  return { result, rejected };
}

function outcomeOf(loaded: { result: LoadResult; rejected: boolean }) {
  if (loaded.rejected) return failed("token_rejected");
  const { result } = loaded;
  if (!result.ok) {
    return failed(
      result.failure.kind === "not_found" ? "not_found" : "unavailable",
    );
  }
  if (result.value.notice?.kind === "stale") return failed("unavailable");
  return { ok: true } as const;
}

/**
 * Tracks a season once TMDB has it: fetched (or read, while fresh) with the
 * viewer's token. A season TMDB cannot be asked about now is tracked too;
 * the next refresh fetches it.
 */
export async function addTrackedSeason(
  viewer: SessionUser,
  key: SeasonKey,
): Promise<TrackingResult> {
  const loaded = await loadWithViewerToken(viewer, key, false);
  if (!loaded) return failed("token_invalid");
  const outcome = outcomeOf(loaded);
  if (!outcome.ok && outcome.failure !== "unavailable") return outcome;

  const tracked = await trackSeason(await getDb(), viewer.id, key);
  return tracked.ok ? { ok: true } : failed("limit");
}

/** Tracks a series, storing its details (its list of seasons) first. */
export async function addTrackedSeries(
  viewer: SessionUser,
  seriesId: number,
): Promise<TrackingResult> {
  const token = await viewerTmdbToken(viewer);
  if (!token) return failed("token_invalid");
  const db = await getDb();

  const stored = await ensureSeriesStored(
    db,
    getTmdbClient(),
    token.token,
    seriesId,
  );
  if (!stored.ok) {
    const { kind } = stored.error;
    if (kind === "unauthorized") {
      await token.onRejected();
      return failed("token_rejected");
    }
    return failed(kind === "not_found" ? "not_found" : "unavailable");
  }

  const tracked = await trackSeries(db, viewer.id, seriesId);
  return tracked.ok ? { ok: true } : failed("limit");
}

/** Fetches a followed season from TMDB now, however fresh it is. */
export async function refreshFollowedSeason(
  viewer: SessionUser,
  key: SeasonKey,
): Promise<TrackingResult> {
  if (!(await isFollowing(await getDb(), viewer.id, key))) {
    return failed("not_tracked");
  }

  const loaded = await loadWithViewerToken(viewer, key, true);
  return loaded ? outcomeOf(loaded) : failed("token_invalid");
}

// A few at a time: they share the process's TMDB budget with page views.
const refreshConcurrency = 4;

/**
 * Fetches every followed season now. Stops early once TMDB rejects the
 * token: every further request would be refused too.
 */
export async function refreshAllFollowed(viewer: SessionUser): Promise<{
  refreshed: number;
  failed: number;
  failure: TrackingFailure | null;
}> {
  const queue = await listFollowedSeasons(await getDb(), viewer.id);
  const tally = {
    refreshed: 0,
    failed: 0,
    failure: null as TrackingFailure | null,
  };

  const worker = async () => {
    for (let key = queue.shift(); key; key = queue.shift()) {
      if (
        tally.failure === "token_rejected" ||
        tally.failure === "token_invalid"
      ) {
        return;
      }
      const loaded = await loadWithViewerToken(viewer, key, true);
      const outcome = loaded ? outcomeOf(loaded) : failed("token_invalid");
      if (outcome.ok) tally.refreshed += 1;
      else {
        tally.failed += 1;
        tally.failure = outcome.failure;
      }
    }
  };
  await Promise.all(Array.from({ length: refreshConcurrency }, worker));
  return tally;
}

/**
 * Series whose names match the query, from TMDB's search with the
 * viewer's token.
 */
export async function searchSeriesForViewer(
  viewer: SessionUser,
  query: string,
): Promise<
  | { ok: true; results: SeriesSearchResult[] }
  | { ok: false; failure: TrackingFailure }
> {
  const token = await viewerTmdbToken(viewer);
  if (!token) return { ok: false, failure: "token_invalid" };

  const found = await getTmdbClient().searchSeries(token.token, {
    query,
    language: "en-US",
  });
  if (found.ok) return { ok: true, results: found.data.results };
  if (found.error.kind === "unauthorized") {
    await token.onRejected();
    return { ok: false, failure: "token_rejected" };
  }
  return { ok: false, failure: "unavailable" };
}
