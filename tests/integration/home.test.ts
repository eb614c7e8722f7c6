import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithToken } from "@/lib/auth/accounts";
import type { SeasonKey } from "@/lib/credits/ingest";
import { readMostTrackedSeries } from "@/lib/home/most-tracked";
import { readRecentSeasonChanges } from "@/lib/home/recent-changes";
import { searchStoredPeople, searchStoredSeries } from "@/lib/home/search";
import { trackSeason, trackSeries } from "@/lib/tracking/tracks";
import { DEFAULT_TOKEN, makeToken } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import {
  smallCastId,
  writeSmallSeason,
  writeSmallSeries,
} from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

const tokens = {
  a: makeToken("65f0ca57109fa4e7de0012a1"),
  b: makeToken("65f0ca57109fa4e7de0012b1"),
  c: makeToken("65f0ca57109fa4e7de0012c1"),
};
const keys = { current: Buffer.alloc(32, 7).toString("base64"), previous: [] };
const harbour = { id: 901201, name: "Harbour Lights" };
const percent = { id: 901202, name: "100% Harbour_Side" };
const night = { id: 901203, name: "Night Harbour" };
const neverStored = 901209;
const season = (seriesId: number, seasonNumber: number): SeasonKey => ({
  seriesId,
  seasonNumber,
  language: "en-US",
});
let harness: TmdbHarness;

beforeAll(async () => {
  harness = await startTmdbHarness({
    tokens: [DEFAULT_TOKEN, ...Object.values(tokens)],
  });
});

afterAll(() => harness.close());

describeEachDatabase("the home page's lists and search", (getDb) => {
  const users = { a: 0, b: 0, c: 0 };

  const refresh = async (key: SeasonKey) => {
    const result = await harness.refresh(getDb(), key);
    if (!result.ok) throw result.error;
  };

  beforeAll(async () => {
    for (const name of ["a", "b", "c"] as const) {
      const signedIn = await signInWithToken(
        getDb(),
        harness.tmdb,
        tokens[name],
        keys,
      );
      if (!signedIn.ok) throw new Error("sign-in failed");
      users[name] = signedIn.userId;
    }

    writeSmallSeries(harness.fixtures, harbour, [1, 2]);
    writeSmallSeries(harness.fixtures, percent, [1]);
    writeSmallSeries(harness.fixtures, night, [1]);
    for (const key of [
      season(harbour.id, 1),
      season(harbour.id, 2),
      season(percent.id, 1),
      season(night.id, 1),
    ]) {
      await refresh(key);
    }

    // Harbour Lights' first season gains two cast members, then Night
    // Harbour loses one: two changes, Night Harbour's the newer.
    writeSmallSeason(harness.fixtures, harbour, 1, 5);
    await refresh(season(harbour.id, 1));
    writeSmallSeason(harness.fixtures, night, 1, 2);
    await refresh(season(night.id, 1));
    // An unchanged fetch is no change.
    await refresh(season(harbour.id, 2));
  });

  describe("recently changed seasons", () => {
    it("lists each changed season once, newest change first, with what changed", async () => {
      const changes = await readRecentSeasonChanges(getDb());

      expect(
        changes.map((c) => [c.series.name, c.seasonNumber, c.summary]),
      ).toEqual([
        ["Night Harbour", 1, "1 left"],
        ["Harbour Lights", 1, "2 joined"],
      ]);
      for (const change of changes) {
        expect(change.previousAt.getTime()).toBeLessThan(
          change.changedAt.getTime(),
        );
      }
      expect(changes[0]!.series).toEqual({
        id: night.id,
        name: "Night Harbour",
        slug: "night-harbour",
      });
    });

    it("lists a season again with its newest change after it changes once more", async () => {
      writeSmallSeason(harness.fixtures, harbour, 1, 4);
      await refresh(season(harbour.id, 1));

      const changes = await readRecentSeasonChanges(getDb());

      expect(changes.map((c) => [c.series.id, c.summary])).toEqual([
        [harbour.id, "1 left"],
        [night.id, "1 left"],
      ]);
    });

    it("keeps to the limit", async () => {
      const changes = await readRecentSeasonChanges(getDb(), 1);

      expect(changes.map((c) => c.series.id)).toEqual([harbour.id]);
    });
  });

  describe("most-tracked series", () => {
    beforeAll(async () => {
      await trackSeries(getDb(), users.a, harbour.id);
      await trackSeason(getDb(), users.a, season(harbour.id, 1));
      await trackSeason(getDb(), users.b, season(harbour.id, 1));
      await trackSeason(getDb(), users.b, season(harbour.id, 2));
      await trackSeason(getDb(), users.c, season(harbour.id, 2));
      await trackSeries(getDb(), users.b, night.id);
      await trackSeries(getDb(), users.c, night.id);
      await trackSeason(getDb(), users.a, season(neverStored, 1));
    });

    it("counts each person once per series, whole series or seasons", async () => {
      const counts = await readMostTrackedSeries(getDb());

      expect(
        counts.map((c) => [c.seriesId, c.trackers, c.seasonTracks]),
      ).toEqual([
        [harbour.id, 3, 4],
        [night.id, 2, 0],
        [neverStored, 1, 1],
      ]);
    });

    it("names stored series and leaves the others unnamed", async () => {
      const counts = await readMostTrackedSeries(getDb(), 3);

      expect(counts.map((c) => c.series?.name ?? null)).toEqual([
        "Harbour Lights",
        "Night Harbour",
        null,
      ]);
    });

    it("keeps to the limit", async () => {
      expect(await readMostTrackedSeries(getDb(), 1)).toHaveLength(1);
    });
  });

  describe("searching stored series and people", () => {
    it("finds series by any part of the name, ignoring case, starts first", async () => {
      const found = await searchStoredSeries(getDb(), "HARBOUR");

      expect(found.map((s) => s.name)).toEqual([
        "Harbour Lights",
        "Night Harbour",
        "100% Harbour_Side",
      ]);
    });

    it("takes % and _ in a query literally", async () => {
      expect(
        (await searchStoredSeries(getDb(), "0%")).map((s) => s.id),
      ).toEqual([percent.id]);
      expect(
        (await searchStoredSeries(getDb(), "r_s")).map((s) => s.id),
      ).toEqual([percent.id]);
      expect(await searchStoredSeries(getDb(), "r_l")).toEqual([]);
      expect(await searchStoredSeries(getDb(), "\\")).toEqual([]);
    });

    it("finds people by name, ignoring case, within the limit", async () => {
      const prefix = `person ${harbour.id}1`;

      const all = await searchStoredPeople(getDb(), prefix);
      const two = await searchStoredPeople(getDb(), prefix, 2);

      // Season 1's five cast members and its director.
      expect(all.map((p) => p.id).sort()).toEqual(
        [0, 1, 2, 3, 4, 9].map((i) => smallCastId(harbour, 1, i)),
      );
      expect(two).toHaveLength(2);
      expect(all[0]).toMatchObject({ name: expect.stringMatching(/^Person /) });
    });

    it("finds nothing for a name castlog has not stored", async () => {
      expect(await searchStoredSeries(getDb(), "Nowhere Street")).toEqual([]);
      expect(await searchStoredPeople(getDb(), "Nobody Atall")).toEqual([]);
    });
  });
});
