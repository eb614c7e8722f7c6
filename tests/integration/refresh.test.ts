import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { refreshSeason } from "@/lib/credits/refresh";
import { findSeason, findSnapshot } from "@/lib/credits/snapshots";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const creditsPath = "/3/tv/93405/season/2/aggregate_credits";
const key = { seriesId: 93405, seasonNumber: 2, language: "en-US" };
const harness = setUpTmdbHarness();

afterEach(() => harness().fake.clearFaults());

describeEachDatabase("refreshing a season from TMDB", (getDb) => {
  const refresh = () =>
    refreshSeason(getDb(), harness().tmdb, DEFAULT_TOKEN, key, 3_600_000);

  const history = async () => ({
    snapshots: await getDb().snapshot.count(),
    credits: await getDb().credit.count(),
    jobs: await getDb().job.count(),
  });

  it("stores the series and the season on the first fetch", async () => {
    const result = await refresh();

    expect(result.ok).toBe(true);
    expect(
      await getDb().series.findUnique({ where: { id: 93405 } }),
    ).toMatchObject({
      name: "Squid Game",
      slug: "squid-game",
    });
    expect(await history()).toMatchObject({ snapshots: 1, credits: 40 });
  });

  it.each([
    ["an outage", { status: 503 }],
    ["a rate limit", { status: 429, retryAfter: 1 }],
    ["a malformed body", { body: "malformed" }],
    ["a truncated body", { body: "truncated" }],
    ["a body of the wrong shape", { body: { cast: "none", crew: [], id: 1 } }],
    ["a rejected token", { status: 401 }],
  ])("changes no history on %s", async (_name, fault) => {
    const before = await history();
    harness().fake.addFault({ path: creditsPath, ...fault });

    const result = await refresh();

    expect(result.ok).toBe(false);
    expect(await history()).toEqual(before);
  });

  it("keeps the history and marks the season missing on a 404", async () => {
    const before = await history();
    harness().fake.addFault({ path: creditsPath, status: 404, times: 1 });

    const result = await refresh();
    const season = await findSeason(getDb(), key);

    expect(result.ok).toBe(false);
    expect(season?.missingAt).toBeInstanceOf(Date);
    expect(await history()).toEqual(before);
  });

  it("clears the missing mark when TMDB lists the season again", async () => {
    const result = await refresh();
    const season = await findSeason(getDb(), key);

    expect(result.ok).toBe(true);
    expect(season?.missingAt).toBeNull();
  });

  it("stores a response with new unknown fields whole", async () => {
    const file = path.join(harness().fixtures, `${creditsPath}.json`);
    const original = readFileSync(file, "utf8");
    const changed = JSON.parse(original) as Record<string, unknown>;
    changed.episode_group = { id: "x" };
    writeFileSync(file, JSON.stringify(changed));

    try {
      const result = await refresh();
      const season = await findSeason(getDb(), key);
      const snapshot = await findSnapshot(getDb(), season!.id);

      expect(result.ok && result.ingest.changed).toBe(true);
      expect(snapshot?.extra).toBe('{"episode_group":{"id":"x"}}');
    } finally {
      writeFileSync(file, original);
    }
  });
});
