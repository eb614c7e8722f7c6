import "server-only";
import { tokenKeys } from "../auth/keys";
import { getDb } from "../db";
import { getEnv } from "../env";
import { getProcessLocks } from "../limits";
import { getTmdbClient } from "../tmdb";
import type { RefreshProgress, RefreshSummary } from "./events";
import { refreshTrackedSeasons } from "./run";

export type { RefreshEvent, RefreshProgress, RefreshSummary } from "./events";

// One run at a time per process: a scheduler calling again while a long
// run is still going would refresh every season twice. Kept on globalThis
// like the database, so development reloads see the running one. Across
// processes, runs (and page views) take each season's lock, so two runs
// at once fetch a season once only if they reach it at the same moment;
// a season one run refreshed earlier, the other fetches again. Schedule
// one.
const holder = globalThis as { castlogRefreshRun?: Promise<unknown> };

/**
 * Starts a refresh of every tracked season on this process's database and
 * TMDB client (sharing its request budget with page views). Null when a
 * run is already going in this process.
 */
export function startRefreshJob(
  onProgress?: (progress: RefreshProgress) => void,
): Promise<RefreshSummary> | null {
  if (holder.castlogRefreshRun) return null;

  const run = (async () => {
    const env = getEnv();
    return refreshTrackedSeasons(await getDb(), getTmdbClient(), {
      keys: tokenKeys(),
      seriesMaxAgeMs: env.CREDITS_MAX_AGE_SECONDS * 1000,
      onProgress,
      locks: getProcessLocks(),
    });
  })();
  holder.castlogRefreshRun = run;
  const forget = () => {
    holder.castlogRefreshRun = undefined;
  };
  run.then(forget, forget);
  return run;
}
