import type { Db } from "../db/open";
import { lockKeys, type ProcessLocks } from "../limits/locks";
import type { TmdbClient } from "../tmdb";
import type { SeasonKey } from "./ingest";
import { refreshSeason, type RefreshResult } from "./refresh";
import { findSeason } from "./snapshots";

export type SharedRefreshResult =
  | RefreshResult
  /** Another process refreshed the season meanwhile: read what it stored. */
  | { ok: true; refreshedElsewhere: true };

async function lastChecked(db: Db, key: SeasonKey): Promise<number | null> {
  const season = await findSeason(db, key);
  return season?.checkedAt?.getTime() ?? null;
}

/**
 * Refreshes a season while holding its lock, so that processes asking for
 * the same season at the same time fetch it once: a process that finds the
 * season checked again since it asked (by whoever held the lock before)
 * fetches nothing. If that holder failed, nothing was checked, and this
 * process tries for itself. `seen` is the season's checkedAt when the
 * caller decided to refresh (null when never checked): read any later, a
 * refresh that ended in between would go unnoticed and be fetched again.
 */
export async function refreshSeasonOnce(
  db: Db,
  tmdb: TmdbClient,
  token: string,
  key: SeasonKey,
  maxAgeMs: number,
  locks: ProcessLocks,
  seen: Date | null,
): Promise<SharedRefreshResult> {
  return locks.withLock(lockKeys.season(key), async (inner) => {
    if ((await lastChecked(db, key)) !== (seen?.getTime() ?? null)) {
      return { ok: true, refreshedElsewhere: true };
    }
    return refreshSeason(db, tmdb, token, key, maxAgeMs, inner);
  });
}
