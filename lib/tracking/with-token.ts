import "server-only";
import type { SessionUser } from "../auth/accounts";
import { viewerTmdbToken } from "../auth/session";
import { loadSeasonCredits, type LoadResult } from "../credits/load";
import type { SeasonKey } from "../credits/ingest";
import { getDb } from "../db";
import { countTmdbAction } from "../limits/requests";
import { getTmdbClient } from "../tmdb";
import { isFollowing } from "./followed";
import { ensureSeriesStored } from "./series";
import { trackSeason, trackSeries } from "./tracks";

// What the dashboard asks of TMDB, always with the signed-in user's own
// token: adding and refreshing.

export type TrackingFailure =
  /** The user has no token TMDB still accepts; settings can replace it. */
  | "token_invalid"
  /** TMDB refused the token just now (it is now marked invalid). */
  | "token_rejected"
  | "not_found"
  | "unavailable"
  /** The user has fetched from TMDB as often as a minute allows. */
  | "rate_limited"
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
export async function loadWithViewerToken(
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
    mayFetch: () => countTmdbAction(viewer),
    onTokenRejected: async () => {
      rejected = true;
      await token.onRejected();
    },
  });
  return { result, rejected };
}

export function outcomeOf(loaded: {
  result: LoadResult;
  rejected: boolean;
}): TrackingResult {
  if (loaded.rejected) return failed("token_rejected");
  const { result } = loaded;
  const kind = result.ok ? result.value.notice?.kind : result.failure.kind;
  if (kind === "rate_limited") return failed("rate_limited");
  if (!result.ok) {
    return failed(
      result.failure.kind === "not_found" ? "not_found" : "unavailable",
    );
  }
  if (result.value.notice?.kind === "stale") return failed("unavailable");
  return { ok: true };
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
  const askLater = ["unavailable", "rate_limited"];
  if (!outcome.ok && !askLater.includes(outcome.failure)) return outcome;

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
