import type { Db } from "../db/open";
import { lockKeys, type ProcessLocks } from "../limits/locks";
import type { TmdbClient } from "../tmdb";
import type { SeasonKey } from "./ingest";
import { refreshSeason, type RefreshResult } from "./refresh";
import { findSeason, findSnapshot } from "./snapshots";

export type SharedRefreshResult =
  | RefreshResult
  /**
   * Another refresh (another process's, or the refresh job's) checked the
   * season meanwhile: read what it stored. `changed` says whether it
   * stored a new version.
   */
  | { ok: true; refreshedElsewhere: true; changed: boolean };

async function lastChecked(db: Db, key: SeasonKey): Promise<number | null> {
  const season = await findSeason(db, key);
  return season?.checkedAt?.getTime() ?? null;
}

/** Whether the season has a version newer than the check at `since`. */
async function changedSince(db: Db, key: SeasonKey, since: number | null) {
  const season = await findSeason(db, key);
  const latest = season && (await findSnapshot(db, season.id));
  if (!latest) return false;
  return since === null || latest.fetchedAt.getTime() > since;
}

/**
 * Refreshes a season while holding its lock, so that refreshes asking for
 * the same season at the same time (page views in several processes, the
 * refresh job) fetch it once: one that finds the season checked again
 * since it asked (by whoever held the lock before) fetches nothing. If
 * that holder failed, nothing was checked, and this one tries for itself.
 * `seen` is the season's checkedAt when the caller decided to refresh
 * (null when never checked): read any later, a refresh that ended in
 * between would go unnoticed and be fetched again.
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
    const since = seen?.getTime() ?? null;
    if ((await lastChecked(db, key)) !== since) {
      const changed = await changedSince(db, key, since);
      return { ok: true, refreshedElsewhere: true, changed };
    }
    return refreshSeason(db, tmdb, token, key, maxAgeMs, inner);
  });
}
