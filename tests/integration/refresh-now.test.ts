import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoadOptions } from "@/lib/credits/load";
import { setDbForTests } from "@/lib/db";
import type { OpenDatabase } from "@/lib/db/open";
import { DEFAULT_TOKEN, makeToken } from "../fake-tmdb/token";
import { createTestDatabase } from "../support/db";
import { writeSmallSeason, writeSmallSeries } from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

// loadSeasonCredits reads the process configuration, so this file sets it
// before the loader's first call and puts it back afterwards.
const series = { id: 900510, name: "Refresh Now" };
const key = { seriesId: series.id, seasonNumber: 1, language: "en-US" };
const creditsPath = `/3/tv/${series.id}/season/1/aggregate_credits`;
const saved = { ...process.env };
let harness: TmdbHarness;
let open: OpenDatabase;
let load: typeof import("@/lib/credits/load").loadSeasonCredits;

beforeAll(async () => {
  harness = await startTmdbHarness();
  Object.assign(process.env, {
    TMDB_API_URL: harness.fake.url,
    TMDB_TOKEN: "",
    CREDITS_MAX_AGE_SECONDS: "3600",
    NEXTAUTH_SECRET: "s".repeat(32),
    TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
    LOG_LEVEL: "silent",
  });
  open = await createTestDatabase("pglite");
  setDbForTests(open);
  ({ loadSeasonCredits: load } = await import("@/lib/credits/load"));
  writeSmallSeries(harness.fixtures, series, [1]);
});

afterAll(async () => {
  process.env = saved;
  await open?.close();
  await harness?.close();
});

const fetches = () => harness.fake.requestCounts().byPath[creditsPath] ?? 0;

const loadCast = async (options: LoadOptions) => {
  const result = await load(key, options);
  if (!result.ok) throw new Error(result.failure.kind);
  return result.value.credits.cast.length;
};

describe("loading a season on demand", () => {
  it("serves a fresh snapshot without asking TMDB again", async () => {
    expect(await loadCast({ token: DEFAULT_TOKEN })).toBe(3);
    writeSmallSeason(harness.fixtures, series, 1, 5);

    expect(await loadCast({ token: DEFAULT_TOKEN })).toBe(3);
    expect(fetches()).toBe(1);
  });

  it("fetches a fresh snapshot again when forced", async () => {
    expect(await loadCast({ token: DEFAULT_TOKEN, force: true })).toBe(5);
    expect(fetches()).toBe(2);
  });

  it("tells the caller when TMDB rejects its token, keeping the data", async () => {
    const rejected: string[] = [];
    const unknownToken = makeToken("65f0ca57109fa4e7de0005ff");

    const cast = await loadCast({
      token: unknownToken,
      force: true,
      onTokenRejected: async () => void rejected.push("told"),
    });

    expect(cast).toBe(5);
    expect(rejected).toEqual(["told"]);
  });

  it("does not blame a token for a shared refresh that used another", async () => {
    const told: string[] = [];
    const unknownToken = makeToken("65f0ca57109fa4e7de0005fe");
    const tell = (who: string) => async () => void told.push(who);

    await Promise.all([
      load(key, {
        token: unknownToken,
        force: true,
        onTokenRejected: tell("A"),
      }),
      load(key, {
        token: DEFAULT_TOKEN,
        force: true,
        onTokenRejected: tell("B"),
      }),
    ]);

    expect(told).toEqual(["A"]);
  });
});
