import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { getProcessLocks } from "../limits";
import { log } from "../log";
import type { RateLimitDecision } from "../limits/rate-limit";
import { findSeries, type SeriesRef } from "../series/store";
import {
  getTmdbClient,
  type AggregateCredits,
  type TmdbErrorKind,
} from "../tmdb";
import { isStale } from "./freshness";
import type { SeasonKey } from "./ingest";
import { refreshSeasonOnce, type SharedRefreshResult } from "./shared-refresh";
import { rebuildSnapshotOnce } from "./rebuilt";
import { findSeason, findSnapshot } from "./snapshots";

/** Not fetched because the viewer used up their allowance of fetches. */
type RateLimited = { kind: "rate_limited"; retryAfterSeconds: number };

export type SeasonNotice =
  | { kind: "stale"; reason: TmdbErrorKind | "store_failed" }
  | { kind: "gone"; since: Date }
  | RateLimited;

export type SeasonCredits = {
  series: SeriesRef;
  key: SeasonKey;
  snapshot: { id: number; fetchedAt: Date };
  /** Last time TMDB confirmed this snapshot. */
  checkedAt: Date;
  credits: AggregateCredits;
  notice: SeasonNotice | null;
};

export type SeasonFailure =
  /** TMDB does not have the season, or castlog has no version at as_of. */
  | { kind: "not_found" }
  /** Nothing stored, and no token to fetch it with. */
  | { kind: "not_stored" }
  /** Nothing stored, and TMDB could not be reached. */
  | { kind: "unavailable"; retryAfterSeconds: number }
  /** Nothing stored, and the viewer may not fetch now (see mayFetch). */
  | RateLimited;

export type LoadResult =
  { ok: true; value: SeasonCredits } | { ok: false; failure: SeasonFailure };

export type LoadOptions = {
  /** The viewer's TMDB token; the site's token is used when absent. */
  token?: string;
  /** Read the snapshot in force at this time; never fetches. */
  asOf?: Date;
  /** Called when TMDB rejects `token` (so its owner can be told). */
  onTokenRejected?: () => Promise<void>;
  /** Fetch from TMDB even when the stored snapshot is fresh. */
  force?: boolean;
  /**
   * Asked once the season is to be fetched, and only then (a rate limit
   * counts only views that reach TMDB). A refusal serves what is stored.
   */
  mayFetch?: () => Promise<RateLimitDecision>;
};

/**
 * TMDB answered (or was never asked) but storing failed: a database error
 * or a bug, not one of TMDB's failures. Logged where it happens.
 */
type StoreFailed = { ok: false; error: { kind: "store_failed" } };

type RefreshOutcome = SharedRefreshResult | StoreFailed;

type SharedRefresh = { token: string; pending: Promise<RefreshOutcome> };

function storeFailed(key: SeasonKey, error: unknown): StoreFailed {
  const message = error instanceof Error ? error.message : String(error);
  log.error({ ...key, error: message }, "storing a season failed");
  return { ok: false, error: { kind: "store_failed" } };
}

// Identical views of one season share one refresh within this process,
// whoever's token it was started with; the season's lock makes other
// processes share it too.
const inFlight = new Map<string, SharedRefresh>();

function refreshOnce(
  token: string,
  key: SeasonKey,
  seen: Date | null,
): SharedRefresh {
  const id = `${key.seriesId}/${key.seasonNumber}/${key.language}`;
  let shared = inFlight.get(id);
  if (!shared) {
    const maxAgeMs = getEnv().CREDITS_MAX_AGE_SECONDS * 1000;
    const [tmdb, locks] = [getTmdbClient(), getProcessLocks()];
    const pending = getDb()
      .then((db) =>
        refreshSeasonOnce(db, tmdb, token, key, maxAgeMs, locks, seen),
      )
      .catch((error: unknown) => storeFailed(key, error))
      .finally(() => inFlight.delete(id));
    shared = { token, pending };
    inFlight.set(id, shared);
  }
  return shared;
}

async function readStored(
  key: SeasonKey,
  asOf: Date | undefined,
  notice: SeasonNotice | null,
): Promise<SeasonCredits | null> {
  const db = await getDb();
  const season = await findSeason(db, key);
  const series = await findSeries(db, key.seriesId);
  if (!season || !series) return null;
  const snapshot = await findSnapshot(db, season.id, asOf);
  if (!snapshot) return null;

  const gone = season.missingAt && !asOf;
  return {
    series,
    key,
    snapshot: { id: snapshot.id, fetchedAt: snapshot.fetchedAt },
    checkedAt: asOf
      ? snapshot.fetchedAt
      : (season.checkedAt ?? snapshot.fetchedAt),
    credits: (await rebuildSnapshotOnce(
      db,
      snapshot,
    )) as unknown as AggregateCredits,
    notice: gone ? { kind: "gone", since: season.missingAt! } : notice,
  };
}

const found = (value: SeasonCredits): LoadResult => ({ ok: true, value });
const failed = (failure: SeasonFailure): LoadResult => ({ ok: false, failure });

/**
 * The credits of a season: the stored snapshot while it is fresh, else
 * fetched from TMDB (with the viewer's or the site's token), ingested and
 * read back. When TMDB fails, or storing its answer fails, the stored
 * snapshot is served with a notice.
 */
export async function loadSeasonCredits(
  requested: SeasonKey,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const env = getEnv();
  const key: SeasonKey = {
    seriesId: requested.seriesId,
    seasonNumber: requested.seasonNumber,
    language: requested.language,
  };

  if (options.asOf) {
    const stored = await readStored(key, options.asOf, null);
    return stored ? found(stored) : failed({ kind: "not_found" });
  }

  const db = await getDb();
  const season = await findSeason(db, key);
  const token = options.token ?? env.TMDB_TOKEN;
  const stale =
    options.force ||
    isStale(season?.checkedAt ?? null, env.CREDITS_MAX_AGE_SECONDS);

  if (!stale || !token) {
    const stored = await readStored(key, undefined, null);
    if (stored) return found(stored);
    if (!token) return failed({ kind: "not_stored" });
  }

  const permission = (await options.mayFetch?.()) ?? { allowed: true };
  if (!permission.allowed) {
    const { retryAfterSeconds } = permission;
    const limited: RateLimited = { kind: "rate_limited", retryAfterSeconds };
    const stored = await readStored(key, undefined, limited);
    return stored ? found(stored) : failed(limited);
  }

  const shared = refreshOnce(token!, key, season?.checkedAt ?? null);
  const refreshed = await shared.pending;
  // A shared refresh rejected for someone else's token says nothing about
  // this caller's.
  const rejected = !refreshed.ok && refreshed.error.kind === "unauthorized";
  if (rejected && shared.token === token) await options.onTokenRejected?.();
  const notice: SeasonNotice | null = refreshed.ok
    ? null
    : { kind: "stale", reason: refreshed.error.kind };
  const stored = await readStored(key, undefined, notice);
  if (stored) return found(stored);

  if (refreshed.ok) throw new Error("ingested season could not be read back");
  const { error } = refreshed;
  if (error.kind === "not_found") return failed({ kind: "not_found" });
  const retryAfterSeconds =
    error.kind === "store_failed" ? 60 : (error.retryAfterSeconds ?? 60);
  return failed({ kind: "unavailable", retryAfterSeconds });
}
