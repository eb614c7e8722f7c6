import "server-only";
import type { SessionUser } from "../auth/accounts";
import { getDb } from "../db";
import { listFollowedSeasons } from "./followed";
import { loadWithViewerToken, outcomeOf } from "./with-token";

export type RefreshTally = {
  refreshed: number;
  /** Seasons TMDB has no credits for (not yet, or no longer). */
  missing: number;
  /** Seasons TMDB could not be asked about now. */
  failed: number;
  /**
   * Set when the token stopped working, or the user's fetches for the
   * minute ran out: the rest were not tried.
   */
  stoppedBy: "token_invalid" | "token_rejected" | "rate_limited" | null;
};

// A few at a time: they share the process's TMDB budget with page views.
const refreshConcurrency = 4;

/**
 * Fetches every season the user follows from TMDB now, with their token.
 * Stops early once the token stops working, or the user's fetches for the
 * minute run out: the rest would be refused too.
 */
export async function refreshAllFollowed(
  viewer: SessionUser,
): Promise<RefreshTally> {
  const queue = await listFollowedSeasons(await getDb(), viewer.id);
  const tally: RefreshTally = {
    refreshed: 0,
    missing: 0,
    failed: 0,
    stoppedBy: null,
  };

  const worker = async () => {
    for (let key = queue.shift(); key; key = queue.shift()) {
      if (tally.stoppedBy) return;
      const loaded = await loadWithViewerToken(viewer, key, true);
      if (!loaded) {
        tally.stoppedBy = "token_invalid";
        return;
      }

      const outcome = outcomeOf(loaded);
      if (outcome.ok) tally.refreshed += 1;
      else if (outcome.failure === "not_found") tally.missing += 1;
      else if (
        outcome.failure === "token_rejected" ||
        outcome.failure === "rate_limited"
      ) {
        tally.stoppedBy = outcome.failure;
      } else tally.failed += 1;
    }
  };
  await Promise.all(Array.from({ length: refreshConcurrency }, worker));
  return tally;
}
