import { beforeAll, describe, expect, it } from "vitest";
import { signInWithToken } from "@/lib/auth/accounts";
import type { SeasonKey } from "@/lib/credits/ingest";
import { readDashboard } from "@/lib/tracking/dashboard";
import { readFeedChanges } from "@/lib/tracking/feed";
import { findFeedOwner, regenerateFeedKey } from "@/lib/tracking/feed-key";
import { isFollowing, listFollowedSeasons } from "@/lib/tracking/followed";
import {
  listTracked,
  maxTrackedSeries,
  trackSeason,
  trackSeries,
  untrackSeason,
  untrackSeries,
} from "@/lib/tracking/tracks";
import { writeUserFeed } from "@/lib/tracking/user-feed";
import { recordVisit, visitGapMs } from "@/lib/tracking/visits";
import { DEFAULT_TOKEN, makeToken } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import {
  smallSeasonCredits,
  writeSmallSeason,
  writeSmallSeries,
} from "../support/small-series";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const tokens = {
  a: makeToken("65f0ca57109fa4e7de0005a1"),
  b: makeToken("65f0ca57109fa4e7de0005b1"),
  c: makeToken("65f0ca57109fa4e7de0005c1"),
};
const keys = { current: Buffer.alloc(32, 5).toString("base64"), previous: [] };
const drama = { id: 900501, name: "Tracking Drama" };
const comedy = { id: 900502, name: "Tracking Comedy" };
const season = (seriesId: number, seasonNumber: number): SeasonKey => ({
  seriesId,
  seasonNumber,
  language: "en-US",
});
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);
const harness = setUpTmdbHarness({
  tokens: [DEFAULT_TOKEN, ...Object.values(tokens)],
});

describeEachDatabase("tracking", (getDb) => {
  const users = { a: 0, b: 0, c: 0 };

  const refresh = async (key: SeasonKey) => {
    const result = await harness().refresh(getDb(), key);
    if (!result.ok) throw result.error;
    return result.ingest;
  };

  /** The season's credits with one more cast member (up to nine). */
  const growCast = (series: typeof drama, seasonNumber: number, n: number) =>
    writeSmallSeason(harness().fixtures, series, seasonNumber, n);

  beforeAll(async () => {
    for (const name of ["a", "b", "c"] as const) {
      const result = await signInWithToken(
        getDb(),
        harness().tmdb,
        tokens[name],
        keys,
      );
      if (!result.ok) throw new Error("sign-in failed");
      users[name] = result.userId;
    }
    writeSmallSeries(harness().fixtures, drama, [1, 2]);
    writeSmallSeries(harness().fixtures, comedy, [1]);
    await refresh(season(drama.id, 1));
    await refresh(season(comedy.id, 1));
  });

  describe("tracking and untracking", () => {
    it("lists what a user tracks, and nothing of it to another user", async () => {
      await trackSeason(getDb(), users.a, season(drama.id, 1));
      await trackSeries(getDb(), users.a, comedy.id);

      const a = await listTracked(getDb(), users.a);
      const b = await listTracked(getDb(), users.b);

      expect(a.seasons).toMatchObject([season(drama.id, 1)]);
      expect(a.series).toMatchObject([{ seriesId: comedy.id }]);
      expect(b).toEqual({ seasons: [], series: [] });
    });

    it("keeps one row and the first date when a season is tracked twice", async () => {
      const before = await listTracked(getDb(), users.a);

      await trackSeason(getDb(), users.a, season(drama.id, 1));

      expect(await listTracked(getDb(), users.a)).toEqual(before);
    });

    it("untracks only the user's own row", async () => {
      await trackSeason(getDb(), users.b, season(drama.id, 1));

      expect(await untrackSeason(getDb(), users.b, season(drama.id, 1))).toBe(
        true,
      );
      expect(await untrackSeason(getDb(), users.b, season(drama.id, 1))).toBe(
        false,
      );
      expect(await untrackSeries(getDb(), users.b, comedy.id)).toBe(false);
      expect((await listTracked(getDb(), users.a)).seasons).toHaveLength(1);
      expect((await listTracked(getDb(), users.a)).series).toHaveLength(1);
    });

    it("follows every season a tracked series lists, each once", async () => {
      await trackSeries(getDb(), users.b, drama.id);
      await trackSeason(getDb(), users.b, season(drama.id, 1));

      const followed = await listFollowedSeasons(getDb(), users.b);

      expect(followed.map((s) => s.seasonNumber).sort()).toEqual([1, 2]);
      expect(await isFollowing(getDb(), users.b, season(drama.id, 2))).toBe(
        true,
      );
      expect(
        await isFollowing(getDb(), users.b, {
          ...season(drama.id, 2),
          language: "fr-FR",
        }),
      ).toBe(false);
      expect(await isFollowing(getDb(), users.c, season(drama.id, 1))).toBe(
        false,
      );
      await untrackSeries(getDb(), users.b, drama.id);
      await untrackSeason(getDb(), users.b, season(drama.id, 1));
    });

    it("refuses more series than the limit", async () => {
      for (let i = 0; i < maxTrackedSeries; i += 1) {
        expect(await trackSeries(getDb(), users.c, 910000 + i)).toEqual({
          ok: true,
        });
      }

      expect(await trackSeries(getDb(), users.c, 920000)).toEqual({
        ok: false,
        reason: "limit",
      });
      await getDb().trackedSeries.deleteMany({ where: { userId: users.c } });
    });
  });

  describe("the dashboard", () => {
    it("says when each season was last checked and last changed", async () => {
      const first = await getDb().snapshot.findFirstOrThrow({
        where: { season: season(drama.id, 1) },
      });
      await refresh(season(drama.id, 1));

      const dashboard = await readDashboard(getDb(), users.a, null);
      const [status] = dashboard.seasons;

      expect(status?.series?.name).toBe(drama.name);
      expect(status?.changedAt).toEqual(first.fetchedAt);
      expect(status?.checkedAt!.getTime()).toBeGreaterThan(
        first.fetchedAt.getTime(),
      );
    });

    it("lists a tracked series with its seasons, fetched or not", async () => {
      await trackSeries(getDb(), users.c, drama.id);

      const dashboard = await readDashboard(getDb(), users.c, null);
      const seasons = dashboard.series[0]?.seasons ?? [];

      expect(dashboard.series[0]?.series?.name).toBe(drama.name);
      expect(seasons.map((s) => s.key.seasonNumber)).toEqual([1, 2]);
      expect(seasons[1]).toMatchObject({ checkedAt: null, changes: null });
      await untrackSeries(getDb(), users.c, drama.id);
    });

    it("counts nothing as changed before a season changes", async () => {
      const dashboard = await readDashboard(getDb(), users.a, null);

      expect(dashboard.seasons[0]?.changes).toBeNull();
    });
  });

  describe("changes since the previous visit", () => {
    const key = season(comedy.id, 1);
    let firstVisit: Date;

    it("has no previous visit on the first", async () => {
      await trackSeason(getDb(), users.c, key);
      firstVisit = new Date();

      expect(await recordVisit(getDb(), users.c, firstVisit)).toEqual({
        previousVisitAt: null,
      });
    });

    it("counts changes since tracking began until there is a visit to count from", async () => {
      growCast(comedy, 1, 5);
      await refresh(key);

      const dashboard = await readDashboard(getDb(), users.c, null);

      expect(dashboard.seasons[0]?.since.kind).toBe("tracking");
      expect(dashboard.seasons[0]?.changes).toMatchObject({
        changedEntries: 2,
        snapshots: 1,
      });
    });

    it("keeps the previous visit on a reload within half an hour", async () => {
      const reload = new Date(firstVisit.getTime() + visitGapMs - 1000);

      expect(await recordVisit(getDb(), users.c, reload)).toEqual({
        previousVisitAt: null,
      });
    });

    it("counts from the previous visit once a new visit begins", async () => {
      const { previousVisitAt } = await recordVisit(
        getDb(),
        users.c,
        minutes(firstVisit, 31),
      );
      const dashboard = await readDashboard(getDb(), users.c, previousVisitAt);
      const [status] = dashboard.seasons;

      expect(previousVisitAt).toEqual(firstVisit);
      expect(status?.since).toEqual({ kind: "visit", at: firstVisit });
      expect(status?.changes).toMatchObject({
        changedEntries: 2,
        from: firstVisit,
      });
    });

    it("shows nothing new after a visit that saw every change", async () => {
      const { previousVisitAt } = await recordVisit(
        getDb(),
        users.c,
        minutes(firstVisit, 62),
      );
      const dashboard = await readDashboard(getDb(), users.c, previousVisitAt);

      expect(previousVisitAt).toEqual(minutes(firstVisit, 31));
      expect(dashboard.seasons[0]?.changes).toBeNull();
    });

    it("counts one changed entry once, though its version was replaced", async () => {
      const since = new Date();
      const credits = smallSeasonCredits(comedy, 1, 5);
      credits.cast[0]!.roles[0]!.episode_count = 1;
      harness().writeFixture(
        `tv/${comedy.id}/season/1/aggregate_credits`,
        credits,
      );
      await refresh(key);

      const dashboard = await readDashboard(getDb(), users.c, since);

      expect(dashboard.seasons[0]?.changes).toMatchObject({
        changedEntries: 1,
        snapshots: 1,
      });
    });

    it("leaves other users' visits alone", async () => {
      const user = await getDb().user.findUniqueOrThrow({
        where: { id: users.b },
      });

      expect(user.lastVisitAt).toBeNull();
    });
  });

  describe("the private feed", () => {
    const feedFor = async (userId: number) => {
      const owner = await getDb().user.findUniqueOrThrow({
        where: { id: userId },
      });
      const changes = await readFeedChanges(getDb(), userId);
      return writeUserFeed(changes, {
        siteUrl: "https://castlog.example",
        selfUrl: `https://castlog.example/feeds/${owner.feedKey}.xml`,
        fallbackUpdated: owner.createdAt,
      });
    };
    const entries = (xml: string) =>
      [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);

    it("has one entry per change of a tracked season, newest first", async () => {
      const xml = await feedFor(users.c);
      const found = entries(xml);

      expect(found).toHaveLength(2);
      expect(found[0]).toContain(
        `<title>${comedy.name}: Season 1: 1 credit changed</title>`,
      );
      expect(found[1]).toContain("2 credits changed");
      const updated = found.map((e) => /<updated>(.*)<\/updated>/.exec(e)![1]);
      expect(updated[0]! > updated[1]!).toBe(true);
    });

    it("links each entry to the season's diff up to that version", async () => {
      const [newest] = entries(await feedFor(users.c));
      const snapshot = await getDb().snapshot.findFirstOrThrow({
        where: { season: season(comedy.id, 1) },
        orderBy: { id: "desc" },
      });
      const to = encodeURIComponent(snapshot.fetchedAt.toISOString());

      expect(newest).toContain(
        `href="https://castlog.example/tv/${comedy.id}-tracking-comedy/season/1/diff?to=${to}"`,
      );
      expect(newest).toContain(
        `<id>tag:castlog.example,2026:castlog/snapshot/${snapshot.id}</id>`,
      );
    });

    it("names itself, its author and its own address, as Atom requires", async () => {
      const xml = await feedFor(users.c);
      const head = xml.slice(0, xml.indexOf("<entry>"));

      expect(head).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(head).toMatch(/<id>https:\/\/castlog\.example\/feeds\/.+<\/id>/);
      expect(head).toMatch(/<title>.+<\/title>/);
      expect(head).toMatch(/<updated>\d{4}-\d\d-\d\dT.+Z<\/updated>/);
      expect(head).toContain("<author><name>castlog</name></author>");
      expect(head).toMatch(/<link rel="self" type="application\/atom\+xml"/);
    });

    it("shows a user only the changes of what they track", async () => {
      // A tracks the comedy as a series, C its season 1; B tracks nothing.
      expect(entries(await feedFor(users.b))).toEqual([]);
      expect(entries(await feedFor(users.a))).toEqual(
        entries(await feedFor(users.c)),
      );
    });

    it("keeps the newest changes when there are more than asked for", async () => {
      const newest = await readFeedChanges(getDb(), users.c, 1);

      expect(newest).toHaveLength(1);
      expect(newest[0]?.changedEntries).toBe(1);
    });

    it("opens only with the current key once the key is regenerated", async () => {
      const { feedKey: old } = await getDb().user.findUniqueOrThrow({
        where: { id: users.c },
      });
      expect(await findFeedOwner(getDb(), old)).toMatchObject({
        id: users.c,
      });

      const renewed = await regenerateFeedKey(getDb(), users.c);

      expect(renewed).not.toBe(old);
      expect(await findFeedOwner(getDb(), old)).toBeNull();
      expect(await findFeedOwner(getDb(), renewed)).toMatchObject({
        id: users.c,
      });
      expect(await findFeedOwner(getDb(), "not a key")).toBeNull();
    });
  });
});
