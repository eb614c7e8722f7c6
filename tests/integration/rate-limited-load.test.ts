import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadSeasonCredits, type LoadOptions } from "@/lib/credits/load";
import { setDbForTests } from "@/lib/db";
import { fetchMissingSeasons } from "@/lib/series/fetch-seasons";
import type { OpenDatabase } from "@/lib/db/open";
import type { RateLimitDecision } from "@/lib/limits/rate-limit";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { createTestDatabase } from "../support/db";
import { stubLoaderEnv } from "../support/loader-env";
import { writeSmallSeason, writeSmallSeries } from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

const series = { id: 900702, name: "Limited Views" };
const season = (seasonNumber: number) => ({
  seriesId: series.id,
  seasonNumber,
  language: "en-US",
});
const refused: RateLimitDecision = { allowed: false, retryAfterSeconds: 42 };

let harness: TmdbHarness;
let open: OpenDatabase;

beforeAll(async () => {
  harness = await startTmdbHarness();
  writeSmallSeries(harness.fixtures, series, [1, 2, 3]);
  stubLoaderEnv(harness.fake.url, "silent");
  open = await createTestDatabase("pglite");
  setDbForTests(open);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await open?.close();
  await harness?.close();
});

describe("loading a season under a rate limit", () => {
  const load = (seasonNumber: number, options: LoadOptions = {}) =>
    loadSeasonCredits(season(seasonNumber), {
      token: DEFAULT_TOKEN,
      ...options,
    });
  const creditRequests = () =>
    harness.fake.requestCounts().byPath[
      `/3/tv/${series.id}/season/1/aggregate_credits`
    ] ?? 0;

  it("asks for permission before each fetch from TMDB", async () => {
    const asked: number[] = [];
    const mayFetch = async (): Promise<RateLimitDecision> => {
      asked.push(creditRequests());
      return { allowed: true };
    };

    await load(1, { mayFetch });
    await load(1, { mayFetch });

    expect(asked).toEqual([0, 1]);
  });

  it("serves the stored version with a notice instead of fetching", async () => {
    const before = creditRequests();
    writeSmallSeason(harness.fixtures, series, 1, 5);

    const result = await load(1, { mayFetch: async () => refused });

    expect(creditRequests()).toBe(before);
    expect(result.ok && result.value.notice).toEqual({
      kind: "rate_limited",
      retryAfterSeconds: 42,
    });
    expect(result.ok && result.value.credits.cast).toHaveLength(3);
  });

  it("says how long to wait when nothing is stored", async () => {
    const result = await load(2, { mayFetch: async () => refused });

    expect(result).toEqual({
      ok: false,
      failure: { kind: "rate_limited", retryAfterSeconds: 42 },
    });
  });

  it("does not ask when nothing would be fetched", async () => {
    let asked = false;
    const mayFetch = async (): Promise<RateLimitDecision> => {
      asked = true;
      return refused;
    };

    await load(1, { asOf: new Date(), mayFetch });
    await loadSeasonCredits(season(3), { mayFetch });

    expect(asked).toBe(false);
  });

  it("stops fetching a series' missing seasons at the first refusal", async () => {
    const result = await fetchMissingSeasons(
      series.id,
      "en-US",
      DEFAULT_TOKEN,
      async () => refused,
    );

    // Seasons 2 and 3 are missing; 3 is not tried once 2 was refused.
    expect(result).toEqual({ stored: 0, failed: 1 });
  });
});
