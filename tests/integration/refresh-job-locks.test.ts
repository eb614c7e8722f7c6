import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { signInWithToken } from "@/lib/auth/accounts";
import { findSeason } from "@/lib/credits/snapshots";
import { createAdvisoryLocks } from "@/lib/limits/locks";
import { refreshTrackedSeasons } from "@/lib/refresh-job/run";
import { makeToken } from "../fake-tmdb/token";
import {
  startLoaderProcess,
  type LoaderProcess,
} from "../support/loader-process";
import { hasTestPostgres, useSharedPostgres } from "../support/postgres";
import { writeSmallSeries } from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

// The refresh job in this process and a page view's loader in another, on
// one PostgreSQL: each must find the season the other is fetching and read
// what it stores. Different tokens, so that the TMDB client could not
// merge the two requests even within one process.
const keys = { current: Buffer.alloc(32, 8).toString("base64"), previous: [] };
const siteToken = makeToken("65f0ca57109fa4e7de000801");
const trackerToken = makeToken("65f0ca57109fa4e7de000802");
const series = { id: 900710, name: "Tidewater" };
const season = { seriesId: series.id, seasonNumber: 1, language: "en-US" };
const creditsPath = `/3/tv/${series.id}/season/1/aggregate_credits`;

describe.skipIf(!hasTestPostgres)(
  "the refresh job and page views in two processes",
  () => {
    const postgres = useSharedPostgres();
    let harness: TmdbHarness;
    let lockPool: pg.Pool;
    let loader: LoaderProcess | undefined;

    const db = () => postgres().first.db;
    const fetches = () => harness.fake.requestCounts().byPath[creditsPath] ?? 0;

    /** Waits until TMDB has been asked for the season `count` times. */
    async function untilFetched(count: number) {
      while (fetches() < count) await sleep(10);
    }

    /** The job, run as `npm run refresh` runs it, with locks of its own. */
    const runJob = () =>
      refreshTrackedSeasons(db(), harness.tmdb, {
        keys,
        seriesMaxAgeMs: 0,
        locks: createAdvisoryLocks(lockPool),
      });

    /** A server process that loads the season, fresh or not, on `go`. */
    const startViewer = () =>
      startLoaderProcess([season], {
        DATABASE_URL: postgres().url,
        TMDB_API_URL: harness.fake.url,
        TMDB_TOKEN: siteToken,
        CREDITS_MAX_AGE_SECONDS: "0",
      });

    beforeAll(async () => {
      harness = await startTmdbHarness({ tokens: [siteToken, trackerToken] });
      writeSmallSeries(harness.fixtures, series, [1]);
      lockPool = new pg.Pool({
        connectionString: postgres().url,
        max: 4,
        options: "-c lock_timeout=10000",
      });
      const user = await signInWithToken(
        db(),
        harness.tmdb,
        trackerToken,
        keys,
      );
      if (!user.ok) throw new Error("sign-in failed");
      await db().trackedSeason.create({
        data: { userId: user.userId, ...season },
      });
    });

    afterEach(() => {
      loader?.kill();
      loader = undefined;
      harness.fake.clearFaults();
    });

    afterAll(async () => {
      await lockPool?.end();
      await harness?.close();
    });

    it("lets a view arriving during the job's fetch read what the job stored", async () => {
      loader = await startViewer();
      harness.fake.resetCounts();
      harness.fake.addFault({ path: creditsPath, delayMs: 1500, times: 1 });

      const job = runJob();
      await untilFetched(1);
      const [summary, viewed] = await Promise.all([job, loader.go()]);

      expect(fetches()).toBe(1);
      expect(viewed).toEqual({ loaded: 1, failures: [] });
      expect(summary.seasons).toMatchObject({ refreshed: 1, changed: 1 });
      expect(await findSeason(db(), season)).not.toBeNull();
    });

    it("lets the job reaching a season a view is fetching read what it stored", async () => {
      loader = await startViewer();
      harness.fake.resetCounts();
      harness.fake.addFault({ path: creditsPath, delayMs: 1500, times: 1 });
      const checkedBefore = (await findSeason(db(), season))!.checkedAt;

      const view = loader.go();
      await untilFetched(1);
      const [summary, viewed] = await Promise.all([runJob(), view]);

      expect(fetches()).toBe(1);
      expect(viewed).toEqual({ loaded: 1, failures: [] });
      // The view's fetch found nothing new, and the job counts it so.
      expect(summary.seasons).toMatchObject({
        refreshed: 1,
        changed: 0,
        unchanged: 1,
      });
      const checkedAfter = (await findSeason(db(), season))!.checkedAt;
      expect(checkedAfter!.getTime()).toBeGreaterThan(checkedBefore!.getTime());
    });

    it("still fetches a season a view refreshed before the job reached it", async () => {
      loader = await startViewer();
      await loader.go();
      harness.fake.resetCounts();

      const summary = await runJob();

      expect(fetches()).toBe(1);
      expect(summary.seasons).toMatchObject({ refreshed: 1, unchanged: 1 });
    });
  },
);
