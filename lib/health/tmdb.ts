import { settleWithin } from "../async";
import type { TmdbClient, TmdbContact } from "../tmdb";

export type TmdbHealth = {
  /** null when TMDB was never asked and a first check is still out. */
  ok: boolean | null;
  /** TMDB's HTTP status; null when it did not answer. */
  status: number | null;
  /** When that answer or failure came, ISO 8601. */
  checkedAt: string | null;
};

export type TmdbHealthOptions = {
  client: Pick<TmdbClient, "ping" | "stats">;
  /** The token a check sends; TMDB refusing it still shows TMDB is up. */
  token: string;
  /** How old the latest request may be to stand for TMDB's state. */
  recentMs: number;
  now?: () => number;
};

function report(contact: TmdbContact | null): TmdbHealth {
  if (!contact) return { ok: null, status: null, checkedAt: null };
  return {
    ok: contact.reachable,
    status: contact.status,
    checkedAt: new Date(contact.at).toISOString(),
  };
}

/**
 * TMDB's reachability as a health check reports it. Checks are frequent
 * (every few seconds from each load balancer), and every request to TMDB
 * counts against TMDB_MAX_RPS, so a check does not ask TMDB itself: it
 * reports how the client's latest request ended, which page views keep
 * recent. Only when no request ended in the last `recentMs` does it send
 * one, and one at a time: at most one request per `recentMs` whatever the
 * number of checks. It waits up to `waitMs` for that one; a slower answer
 * shows in the next check.
 */
export function createTmdbHealth(options: TmdbHealthOptions) {
  const { client, token, recentMs, now = Date.now } = options;
  let probing: Promise<TmdbContact> | undefined;

  return async function checkTmdb(waitMs: number): Promise<TmdbHealth> {
    const seen = client.stats().lastContact;
    if (seen && now() - seen.at < recentMs) return report(seen);

    probing ??= client.ping(token).finally(() => (probing = undefined));
    const answer = await settleWithin(probing, waitMs);
    if (answer && "value" in answer) return report(answer.value);
    return report(client.stats().lastContact);
  };
}
