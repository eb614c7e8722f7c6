import { markTokenInvalid, readUserToken } from "../auth/accounts";
import type { TokenKeys } from "../auth/crypto";
import type { DbClient } from "../db/types";
import { log } from "../log";
import type { TmdbErrorKind } from "../tmdb/errors";

/** What a call to TMDB with a token resolves to. */
export type TokenAttempt =
  { ok: true } | { ok: false; error: { kind: TmdbErrorKind } };

export type TrackerTokens = {
  /**
   * Calls `attempt` with the token of one of `trackers`, the one used
   * least so far in this run among those TMDB has not rejected. When TMDB
   * rejects it, marks it invalid (its owner is asked to replace it) and
   * calls `attempt` once more with another tracker's token, if any.
   * Resolves to the last attempt's result, or null when no tracker had a
   * usable token. Safe to call concurrently.
   */
  callWithToken<R extends TokenAttempt>(
    trackers: number[],
    attempt: (token: string) => Promise<R>,
  ): Promise<R | null>;
  /** Users whose token TMDB rejected during this run. */
  rejectedCount(): number;
};

// One retry: a second rejection in a row says more about TMDB than about
// the tokens, and every attempt spends the shared request budget.
const maxAttempts = 2;

/**
 * The tokens of the users tracking what a run refreshes. `usable` holds
 * the users whose stored token was not marked invalid when the run began.
 * Tokens are decrypted one call at a time and never kept.
 */
export function createTrackerTokens(
  db: DbClient,
  keys: TokenKeys,
  usable: ReadonlySet<number>,
): TrackerTokens {
  const candidates = new Set(usable);
  const uses = new Map<number, number>();
  const rejected = new Set<number>();

  function pickLeastUsed(trackers: number[], tried: Set<number>) {
    let best: number | undefined;
    for (const userId of trackers) {
      if (!candidates.has(userId) || tried.has(userId)) continue;
      if (best === undefined || (uses.get(userId) ?? 0) < uses.get(best)!) {
        best = userId;
      }
    }
    if (best !== undefined) uses.set(best, (uses.get(best) ?? 0) + 1);
    return best;
  }

  async function readToken(userId: number): Promise<string | null> {
    try {
      return await readUserToken(db, userId, keys);
    } catch (error) {
      // A key this process does not know: its configuration differs from
      // the one that stored the token.
      log.error(
        { userId, error: (error as Error).message },
        "cannot decrypt a stored TMDB token",
      );
      return null;
    }
  }

  /** A tracker's token not tried yet, skipping tokens gone since. */
  async function nextToken(trackers: number[], tried: Set<number>) {
    for (;;) {
      const userId = pickLeastUsed(trackers, tried);
      if (userId === undefined) return null;
      tried.add(userId);

      const token = await readToken(userId);
      if (token !== null) return { userId, token };
      candidates.delete(userId);
    }
  }

  return {
    async callWithToken<R extends TokenAttempt>(
      trackers: number[],
      attempt: (token: string) => Promise<R>,
    ) {
      const tried = new Set<number>();
      let result: R | null = null;

      for (let n = 0; n < maxAttempts; n += 1) {
        const next = await nextToken(trackers, tried);
        if (!next) return result;

        result = await attempt(next.token);
        if (result.ok || result.error.kind !== "unauthorized") return result;

        candidates.delete(next.userId);
        rejected.add(next.userId);
        await markTokenInvalid(db, next.userId);
        log.warn({ userId: next.userId }, "TMDB rejected a user's token");
      }
      return result;
    },
    rejectedCount: () => rejected.size,
  };
}
