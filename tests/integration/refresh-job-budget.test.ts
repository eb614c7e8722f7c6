import { afterAll, beforeAll, afterEach, expect, it } from "vitest";
import { signInWithToken } from "@/lib/auth/accounts";
import { refreshTrackedSeasons } from "@/lib/refresh-job/run";
import { createTmdbClient } from "@/lib/tmdb/client";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import { writeGeneratedSeries } from "../support/generated-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

const keys = { current: Buffer.alloc(32, 5).toString("base64"), previous: [] };
const seriesId = 900650;
const seasonNumbers = Array.from({ length: 60 }, (_, i) => i + 1);

let harness: TmdbHarness;

beforeAll(async () => {
  harness = await startTmdbHarness();
  writeGeneratedSeries(harness.fixtures, seriesId, seasonNumbers);
});

afterAll(() => harness.close());

afterEach(() => harness.fake.clearFaults());

/** The most requests that arrived within any one second. */
function busiestSecond(startedAt: number[]): number {
  const window = 1000;
  let most = 0;
  for (const [i, start] of startedAt.entries()) {
    const within = startedAt.slice(i).filter((t) => t < start + window);
    most = Math.max(most, within.length);
  }
  return most;
}

describeEachDatabase("the refresh job's request budget", (getDb) => {
  const refresh = async (options: { maxRps: number; concurrency: number }) => {
    const tmdb = createTmdbClient({
      baseUrl: harness.fake.url,
      maxRps: options.maxRps,
      timeoutMs: 5000,
    });
    harness.fake.resetCounts();
    return refreshTrackedSeasons(getDb(), tmdb, {
      keys,
      seriesMaxAgeMs: 3_600_000,
      concurrency: options.concurrency,
    });
  };

  beforeAll(async () => {
    const user = await signInWithToken(
      getDb(),
      harness.tmdb,
      DEFAULT_TOKEN,
      keys,
    );
    if (!user.ok) throw new Error("sign-in failed");
    await getDb().trackedSeries.create({
      data: { userId: user.userId, seriesId },
    });
  });

  it("sends no more requests per second than the client's budget", async () => {
    // A first run stores the seasons. The measured one finds connections
    // open and nothing new to store: PGlite works in this process, and
    // while it stores it holds up requests the budget already let go, so
    // the server would count them late.
    await refresh({ maxRps: 100, concurrency: 20 });
    const summary = await refresh({ maxRps: 10, concurrency: 20 });

    const { startedAt } = harness.fake.requestTimeline();
    expect(summary.seasons).toMatchObject({ total: 60, unchanged: 60 });
    expect(startedAt).toHaveLength(61);
    expect(summary.tmdbRequests).toBe(61);
    expect(busiestSecond(startedAt)).toBeLessThanOrEqual(10);
    // 61 requests at 10 a second: the last leaves 6 s after the first.
    expect(startedAt.at(-1)! - startedAt[0]!).toBeGreaterThan(5900);
  });

  it("never has more requests open than its concurrency", async () => {
    for (const n of seasonNumbers) {
      harness.fake.addFault({
        path: `/3/tv/${seriesId}/season/${n}/aggregate_credits`,
        delayMs: 200,
      });
    }

    const summary = await refresh({ maxRps: 100, concurrency: 3 });

    expect(summary.seasons).toMatchObject({ total: 60, unchanged: 60 });
    expect(harness.fake.requestTimeline().peakInFlight).toBe(3);
  });
});
