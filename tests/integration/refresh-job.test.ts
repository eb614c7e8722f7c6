import { afterAll, beforeAll, expect, it } from "vitest";
import { signInWithToken } from "@/lib/auth/accounts";
import {
  findSeason,
  findSnapshot,
  rebuildSnapshot,
} from "@/lib/credits/snapshots";
import type { RefreshProgress } from "@/lib/refresh-job/events";
import { refreshTrackedSeasons } from "@/lib/refresh-job/run";
import type { TmdbClient } from "@/lib/tmdb/client";
import { mutateSeason } from "../fake-tmdb/generate";
import { makeToken } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import {
  generatedSeason,
  writeGeneratedSeries,
} from "../support/generated-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

const keys = { current: Buffer.alloc(32, 6).toString("base64"), previous: [] };
const tokens = {
  ann: makeToken("65f0ca57109fa4e7de000601"),
  bob: makeToken("65f0ca57109fa4e7de000602"),
  cyd: makeToken("65f0ca57109fa4e7de000603"),
};
// TMDB accepted it at sign-in; the fake server never does, as when its
// owner has since regenerated it on TMDB.
const revokedToken = makeToken("65f0ca57109fa4e7de0006ff");

const creditsPath = (seriesId: number, seasonNumber: number) =>
  `/3/tv/${seriesId}/season/${seasonNumber}/aggregate_credits`;
const season = (seriesId: number, seasonNumber: number) => ({
  seriesId,
  seasonNumber,
  language: "en-US",
});

let harness: TmdbHarness;

beforeAll(async () => {
  harness = await startTmdbHarness({ tokens: Object.values(tokens) });
});

afterAll(() => harness.close());

describeEachDatabase("refreshing tracked seasons", (getDb) => {
  const users = { revoked: 0, ann: 0, bob: 0, cyd: 0 };

  const signIn = async (token: string, tmdb: TmdbClient = harness.tmdb) => {
    const result = await signInWithToken(getDb(), tmdb, token, keys);
    if (!result.ok) throw new Error(`sign-in failed: ${result.failure}`);
    return result.userId;
  };

  const trackSeason = (userId: number, seriesId: number, n: number) =>
    getDb().trackedSeason.create({ data: { userId, ...season(seriesId, n) } });

  const trackSeries = (userId: number, seriesId: number) =>
    getDb().trackedSeries.create({ data: { userId, seriesId } });

  const refresh = (onProgress?: (progress: RefreshProgress) => void) => {
    harness.fake.resetCounts();
    return refreshTrackedSeasons(getDb(), harness.tmdb, {
      keys,
      seriesMaxAgeMs: 3_600_000,
      onProgress,
    });
  };

  const fetches = (path: string) =>
    harness.fake.requestCounts().byPath[path] ?? 0;

  const invalidAt = async (userId: number) =>
    (await getDb().tmdbToken.findUnique({ where: { userId } }))?.invalidAt;

  beforeAll(async () => {
    // Written again for each database: a test below changes one.
    writeGeneratedSeries(harness.fixtures, 900600, [1, 2]);
    writeGeneratedSeries(harness.fixtures, 900601, [1, 2, 3]);
    writeGeneratedSeries(harness.fixtures, 900602, [1]);
    writeGeneratedSeries(harness.fixtures, 900603, [1]);
    const acceptsAnyToken: TmdbClient = {
      ...harness.tmdb,
      validateToken: async () => ({ ok: true, data: true }),
    };
    // Signed in first: the lowest id, so that it is the first one tried.
    users.revoked = await signIn(revokedToken, acceptsAnyToken);
    users.ann = await signIn(tokens.ann);
    users.bob = await signIn(tokens.bob);
    users.cyd = await signIn(tokens.cyd);
  });

  it("asks TMDB nothing when nothing is tracked", async () => {
    const summary = await refresh();

    expect(summary).toMatchObject({
      series: { total: 0, refreshed: 0 },
      seasons: { total: 0, refreshed: 0 },
      tmdbRequests: 0,
    });
    expect(harness.fake.requestCounts().total).toBe(0);
  });

  it("refreshes a season tracked by several users once", async () => {
    for (const userId of [users.ann, users.bob, users.cyd]) {
      await trackSeason(userId, 900600, 1);
    }

    const summary = await refresh();

    expect(fetches(creditsPath(900600, 1))).toBe(1);
    expect(summary.seasons).toEqual({
      total: 1,
      refreshed: 1,
      changed: 1,
      unchanged: 0,
      failed: {},
    });
    expect(await findSeason(getDb(), season(900600, 1))).not.toBeNull();
  });

  it("refreshes each season a tracked series lists, after its details", async () => {
    await trackSeries(users.ann, 900601);
    await trackSeason(users.bob, 900601, 2);

    const summary = await refresh();

    expect(fetches("/3/tv/900601")).toBe(1);
    for (const n of [1, 2, 3]) {
      expect(fetches(creditsPath(900601, n))).toBe(1);
      expect(await findSeason(getDb(), season(900601, n))).not.toBeNull();
    }
    expect(fetches(creditsPath(900600, 2))).toBe(0);
    expect(summary.series).toEqual({ total: 1, refreshed: 1, failed: {} });
    expect(summary.seasons).toMatchObject({ total: 4, changed: 3 });
  });

  it("marks a rejected token invalid and uses another tracker's", async () => {
    await trackSeason(users.revoked, 900602, 1);
    await trackSeason(users.cyd, 900602, 1);

    const summary = await refresh();

    expect(await invalidAt(users.revoked)).toBeInstanceOf(Date);
    expect(await invalidAt(users.cyd)).toBeNull();
    expect(fetches(creditsPath(900602, 1))).toBe(2);
    expect(await findSeason(getDb(), season(900602, 1))).not.toBeNull();
    expect(summary.rejectedTokens).toBe(1);
    expect(summary.seasons.failed).toEqual({});
  });

  it("fails a season nobody tracking it can fetch, without asking TMDB", async () => {
    await trackSeason(users.revoked, 900603, 1);

    const summary = await refresh();

    expect(fetches(creditsPath(900603, 1))).toBe(0);
    expect(summary.seasons.failed).toEqual({ no_token: 1 });
    expect(summary.rejectedTokens).toBe(0);
  });

  it("stores what changed on TMDB and records unchanged seasons as checks", async () => {
    const changed = mutateSeason(generatedSeason(900600, 1), {
      seed: 1,
      fraction: 0.5,
    });
    harness.writeFixture("tv/900600/season/1/aggregate_credits", changed);

    const summary = await refresh();

    const stored = (await findSeason(getDb(), season(900600, 1)))!;
    const latest = (await findSnapshot(getDb(), stored.id))!;
    expect(await rebuildSnapshot(getDb(), latest)).toEqual(changed);
    expect(
      await getDb().snapshot.count({ where: { seasonId: stored.id } }),
    ).toBe(2);
    expect(summary.seasons).toMatchObject({
      total: 6,
      changed: 1,
      unchanged: 4,
      failed: { no_token: 1 },
    });
    const unchanged = await findSeason(getDb(), season(900601, 1));
    expect(
      await getDb().seasonCheck.count({
        where: { seasonId: unchanged!.id, changed: false },
      }),
    ).toBe(3);
  });

  it("reports progress after every season and sums the run up", async () => {
    await trackSeason(users.bob, 900609, 1);
    const events: RefreshProgress[] = [];

    const summary = await refresh((progress) => events.push(progress));

    const series = events.filter((e) => e.stage === "series");
    const seasons = events.filter((e) => e.stage === "seasons");
    expect(series.map((e) => e.done)).toEqual([0, 1]);
    expect(seasons.map((e) => e.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seasons.at(-1)).toEqual({
      stage: "seasons",
      done: 7,
      total: 7,
      changed: 0,
      unchanged: 5,
      failed: { no_token: 1, not_found: 1 },
    });
    expect(summary).toMatchObject({
      series: { total: 1, refreshed: 1, failed: {} },
      seasons: { total: 7, refreshed: 5, changed: 0, unchanged: 5 },
      rejectedTokens: 0,
      tmdbRequests: harness.fake.requestCounts().total,
    });
    expect(summary.durationMs).toBeGreaterThan(0);
  });
});
