import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { loadSeasonCredits } from "@/lib/credits/load";
import { setDbForTests } from "@/lib/db";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import { stubLoaderEnv } from "../support/loader-env";
import {
  breakSnapshotWrites,
  healSnapshotWrites,
} from "../support/failing-store";
import {
  smallSeasonCredits,
  writeSmallSeason,
  writeSmallSeries,
} from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

const series = { id: 900932, name: "Full Disk" };
const season = (seasonNumber: number) => ({
  seriesId: series.id,
  seasonNumber,
  language: "en-US",
});

let harness: TmdbHarness;
let errors: string[] = [];

beforeAll(async () => {
  harness = await startTmdbHarness();
  stubLoaderEnv(harness.fake.url, "error");
  // Error lines go to stderr; kept to check what was logged.
  vi.spyOn(process.stderr, "write").mockImplementation((line) => {
    errors.push(String(line));
    return true;
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await harness?.close();
});

describeEachDatabase("a database error while storing a season", (getDb) => {
  const load = (seasonNumber: number) =>
    loadSeasonCredits(season(seasonNumber), { token: DEFAULT_TOKEN });
  const counts = async () => ({
    snapshots: await getDb().snapshot.count(),
    checks: await getDb().seasonCheck.count(),
    credits: await getDb().credit.count(),
    jobs: await getDb().job.count(),
  });

  beforeAll(async () => {
    setDbForTests({
      db: getDb(),
      target: { kind: "memory" },
      close: async () => undefined,
    });
    writeSmallSeries(harness.fixtures, series, [1, 2]);
    expect((await load(1)).ok).toBe(true);
    writeSmallSeason(harness.fixtures, series, 1, 5);
    await breakSnapshotWrites(getDb());
    errors = [];
  });

  afterEach(() => {
    errors = [];
  });

  afterAll(async () => {
    await healSnapshotWrites(getDb());
  });

  it("serves the stored version with a notice, writing nothing", async () => {
    const before = await counts();

    const result = await load(1);

    expect(result.ok && result.value.notice).toEqual({
      kind: "stale",
      reason: "store_failed",
    });
    expect(result.ok && result.value.credits).toEqual(
      smallSeasonCredits(series, 1, 3),
    );
    expect(await counts()).toEqual(before);
  });

  it("logs the error once, with the season and no token", async () => {
    await load(1);

    const lines = errors.map((line) => JSON.parse(line) as object);
    expect(lines).toEqual([
      expect.objectContaining({
        level: "error",
        msg: "storing a season failed",
        seriesId: series.id,
        seasonNumber: 1,
        error: expect.stringContaining("the disk is full"),
      }),
    ]);
    expect(errors.join("")).not.toContain(DEFAULT_TOKEN);
  });

  it("answers a season never stored as unavailable, not an error", async () => {
    const result = await load(2);

    expect(result).toEqual({
      ok: false,
      failure: { kind: "unavailable", retryAfterSeconds: 60 },
    });
  });

  it("stores the new version once the database works again", async () => {
    await healSnapshotWrites(getDb());

    const result = await load(1);

    expect(result.ok && result.value.notice).toBeNull();
    expect(result.ok && result.value.credits).toEqual(
      smallSeasonCredits(series, 1, 5),
    );
  });
});
