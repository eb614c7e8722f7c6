// Refreshes every tracked season from TMDB:
//   npm run refresh
// With PostgreSQL (DATABASE_URL) the refresh runs in this process. The
// embedded database admits one process, the server, so then this command
// asks the running server to refresh (POST /api/cron/refresh, with
// CRON_SECRET) and follows its progress.
import { tokenKeys } from "../auth/keys";
import { configuredTarget } from "../db";
import { openDatabase } from "../db/open";
import { getEnv, parseEnv } from "../env";
import { getProcessLocks } from "../limits";
import type { RefreshProgress, RefreshSummary } from "../refresh-job/events";
import { refreshTrackedSeasons } from "../refresh-job/run";
import { getTmdbClient } from "../tmdb";
import { createProgressDisplay } from "./refresh-progress";
import { RefreshRefused, refreshThroughServer } from "./refresh-remote";
import { formatSummary } from "./refresh-summary";

async function refreshHere(
  onProgress: (progress: RefreshProgress) => void,
): Promise<RefreshSummary> {
  const env = getEnv();
  const open = await openDatabase(configuredTarget());
  try {
    return await refreshTrackedSeasons(open.db, getTmdbClient(), {
      keys: tokenKeys(),
      seriesMaxAgeMs: env.CREDITS_MAX_AGE_SECONDS * 1000,
      onProgress,
      // The servers' locks, so that this run and their page views never
      // both fetch one season.
      locks: getProcessLocks(),
    });
  } finally {
    await open.close();
  }
}

async function main(): Promise<void> {
  // Per-season log lines would break up the progress bar, and the summary
  // counts failures; LOG_LEVEL=info shows them all.
  process.env.LOG_LEVEL ||= "error";
  const env = parseEnv();
  const display = createProgressDisplay(process.stderr);

  const summary = env.DATABASE_URL
    ? await refreshHere(display.show)
    : await refreshThroughServer(env.SITE_URL, env.CRON_SECRET, display.show);
  display.end();
  console.log(formatSummary(summary));
}

main()
  .catch((error: unknown) => {
    const expected = error instanceof RefreshRefused;
    console.error(
      expected ? error.message : `npm run refresh failed: ${String(error)}`,
    );
    process.exitCode = 1;
  })
  // Exits at once: the connections the migration check opened on
  // PostgreSQL stay idle in their pool for ten seconds after use.
  .finally(() => process.exit());
