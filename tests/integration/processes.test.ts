import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SeasonKey } from "@/lib/credits/ingest";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import {
  startLoaderProcess,
  type LoaderProcess,
} from "../support/loader-process";
import { hasTestPostgres, useSharedPostgres } from "../support/postgres";
import { busiestSecond } from "../support/request-times";
import { writeSmallSeries } from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

const popular = { id: 900700, name: "Everyone Watches This" };
const long = { id: 900701, name: "A Very Long Series" };
const seasonOf = (seriesId: number, seasonNumber: number): SeasonKey => ({
  seriesId,
  seasonNumber,
  language: "en-US",
});
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.skipIf(!hasTestPostgres)(
  "two server processes on one PostgreSQL",
  () => {
    const postgres = useSharedPostgres();
    let harness: TmdbHarness;
    let loaders: LoaderProcess[] = [];

    beforeAll(async () => {
      harness = await startTmdbHarness();
      writeSmallSeries(harness.fixtures, popular, [1]);
      writeSmallSeries(harness.fixtures, long, range(1, 40));
    });

    afterEach(() => {
      for (const loader of loaders) loader.kill();
      loaders = [];
      harness.fake.clearFaults();
    });

    afterAll(async () => {
      await harness?.close();
    });

    /** Two processes that each load `seasons(i)` at once, on one signal. */
    async function runTwoProcesses(
      seasons: (process: number) => SeasonKey[],
      env: Record<string, string> = {},
    ) {
      const base = {
        DATABASE_URL: postgres().url,
        TMDB_API_URL: harness.fake.url,
        TMDB_TOKEN: DEFAULT_TOKEN,
        ...env,
      };
      loaders = await Promise.all(
        [0, 1].map((i) => startLoaderProcess(seasons(i), base)),
      );
      harness.fake.resetCounts();

      const summaries = await Promise.all(loaders.map((l) => l.go()));
      const arrivals = harness.fake.requestTimeline().startedAt;
      return { summaries, arrivals, counts: harness.fake.requestCounts() };
    }

    it("fetches a season both ask for 50 times at once from TMDB once", async () => {
      const creditsPath = `/3/tv/${popular.id}/season/1/aggregate_credits`;
      const seriesPath = `/3/tv/${popular.id}`;
      harness.fake.addFault({ path: creditsPath, delayMs: 400 });
      harness.fake.addFault({ path: seriesPath, delayMs: 400 });
      const fifty = Array<SeasonKey>(50).fill(seasonOf(popular.id, 1));

      const { summaries, counts } = await runTwoProcesses(() => fifty);

      expect(summaries).toEqual([
        { loaded: 50, failures: [] },
        { loaded: 50, failures: [] },
      ]);
      expect(counts.byPath).toEqual({ [creditsPath]: 1, [seriesPath]: 1 });
    });

    it("keeps the rate TMDB sees within TMDB_MAX_RPS for both together", async () => {
      const seasons = (process: number) =>
        range(1 + process * 20, 20 + process * 20).map((n) =>
          seasonOf(long.id, n),
        );

      const { summaries, arrivals, counts } = await runTwoProcesses(seasons, {
        TMDB_MAX_RPS: "10",
      });

      expect(summaries.map((s) => s.loaded)).toEqual([20, 20]);
      // 40 seasons and the series details, fetched once between them.
      expect(counts.total).toBe(41);
      expect(arrivals).toHaveLength(41);
      expect(busiestSecond(arrivals)).toBeLessThanOrEqual(10);
      // 41 requests at 10 a second take at least 4 s.
      const spanMs = Math.max(...arrivals) - Math.min(...arrivals);
      expect(spanMs).toBeGreaterThanOrEqual(4000);
    });
  },
);
