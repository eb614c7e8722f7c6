import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db/open";
import { listSeasonLanguages, listSeriesLanguages } from "@/lib/seo/languages";
import { findSeasonCard } from "@/lib/seo/season-card";
import { countSitemapPages, readSitemapPage } from "@/lib/seo/sitemap";
import { describeEachDatabase } from "../support/db";
import {
  smallCastId,
  smallSeasonCredits,
  writeSmallSeason,
  writeSmallSeries,
} from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

let harness: TmdbHarness;

beforeAll(async () => {
  harness = await startTmdbHarness();
});

afterAll(() => harness.close());

const harbour = { id: 901101, name: "Harbour Watch" };
const orchard = { id: 901102, name: "Orchard Lane" };
const seoul = { id: 901103, name: "Seoul Nights" };

const key = (seriesId: number, seasonNumber: number, language = "en-US") => ({
  seriesId,
  seasonNumber,
  language,
});

/**
 * Stores, through real fetches: Harbour Watch season 1 in English and
 * Korean, its season 2 twice (the second time with a fourth cast
 * member), Orchard Lane season 1, and Seoul Nights season 1 in Korean
 * only.
 */
async function storeWorld(db: Db) {
  writeSmallSeries(harness.fixtures, harbour, [1, 2]);
  writeSmallSeries(harness.fixtures, orchard, [1]);
  writeSmallSeries(harness.fixtures, seoul, [1]);
  const korean = (series: typeof harbour) =>
    harness.writeFixture(
      `tv/${series.id}/season/1/aggregate_credits.ko-KR`,
      smallSeasonCredits(series, 1, 3),
    );
  korean(harbour);
  korean(seoul);

  for (const season of [
    key(harbour.id, 1),
    key(harbour.id, 1, "ko-KR"),
    key(harbour.id, 2),
    key(orchard.id, 1),
    key(seoul.id, 1, "ko-KR"),
  ]) {
    expect((await harness.refresh(db, season)).ok).toBe(true);
  }
  writeSmallSeason(harness.fixtures, harbour, 2, 4);
  expect((await harness.refresh(db, key(harbour.id, 2))).ok).toBe(true);
}

/** The newest snapshot time of each stored season, keyed like the URLs. */
async function newestSnapshots(db: Db) {
  const seasons = await db.season.findMany({
    include: { snapshots: { orderBy: { fetchedAt: "desc" }, take: 1 } },
  });
  return new Map(
    seasons.map((s) => [
      `${s.seriesId}/${s.seasonNumber}/${s.language}`,
      s.snapshots[0]!.fetchedAt,
    ]),
  );
}

describeEachDatabase("the sitemap of stored pages", (getDb) => {
  let newest: Map<string, Date>;

  beforeAll(async () => {
    await storeWorld(getDb());
    newest = await newestSnapshots(getDb());
  });

  const entriesOf = async (pageSize?: number) => {
    const pages = await countSitemapPages(getDb(), pageSize);
    const all = [];
    for (let page = 0; page < pages; page++) {
      all.push(...(await readSitemapPage(getDb(), page, pageSize)));
    }
    return all;
  };

  it("lists each series, each season per language, then each person", async () => {
    const entries = await entriesOf();

    expect(await countSitemapPages(getDb())).toBe(1);
    expect(entries.slice(0, 8).map((e) => e.path)).toEqual([
      "/tv/901101-harbour-watch",
      "/tv/901102-orchard-lane",
      "/tv/901103-seoul-nights",
      "/tv/901101-harbour-watch/season/1",
      "/tv/901101-harbour-watch/season/1?language=ko-KR",
      "/tv/901101-harbour-watch/season/2",
      "/tv/901102-orchard-lane/season/1",
      "/tv/901103-seoul-nights/season/1?language=ko-KR",
    ]);
    // Four people in each of four seasons, and a fifth in one.
    expect(entries.slice(8).map((e) => e.path)).toHaveLength(17);
    expect(entries.slice(8).every((e) => /^\/person\/\d+$/.test(e.path))).toBe(
      true,
    );
  });

  it("dates a season by its newest snapshot, a series by its newest season", async () => {
    const entries = await entriesOf();
    const dated = new Map(entries.map((e) => [e.path, e.lastModified]));
    const season2 = newest.get(`${harbour.id}/2/en-US`)!;

    expect(dated.get("/tv/901101-harbour-watch/season/2")).toEqual(season2);
    expect(dated.get("/tv/901101-harbour-watch/season/1")).toEqual(
      newest.get(`${harbour.id}/1/en-US`),
    );
    expect(dated.get("/tv/901101-harbour-watch")).toEqual(season2);
    expect(dated.get("/tv/901103-seoul-nights")).toEqual(
      newest.get(`${seoul.id}/1/ko-KR`),
    );
  });

  it("dates a person by the newest snapshot of a season they are in", async () => {
    const entries = await entriesOf();
    const dated = new Map(entries.map((e) => [e.path, e.lastModified]));
    const inSeason1 = smallCastId(harbour, 1, 0);
    const inSeason2 = smallCastId(harbour, 2, 0);

    // Credited in the first version of season 2 and still in the second.
    expect(dated.get(`/person/${inSeason2}`)).toEqual(
      newest.get(`${harbour.id}/2/en-US`),
    );
    // Credited in season 1 in both languages: the later of the two.
    expect(dated.get(`/person/${inSeason1}`)).toEqual(
      newest.get(`${harbour.id}/1/ko-KR`),
    );
  });

  it("splits the list into pages of the given size, in order, without gaps", async () => {
    const whole = await entriesOf();
    const split = await entriesOf(4);

    expect(await countSitemapPages(getDb(), 4)).toBe(7);
    expect(split).toEqual(whole);
    for (let page = 0; page < 6; page++) {
      expect(await readSitemapPage(getDb(), page, 4)).toHaveLength(4);
    }
    expect(await readSitemapPage(getDb(), 6, 4)).toHaveLength(1);
    expect(await readSitemapPage(getDb(), 7, 4)).toEqual([]);
  });

  it("lets a page span the end of one section and the start of the next", async () => {
    const page = await readSitemapPage(getDb(), 1, 2);

    expect(page.map((e) => e.path)).toEqual([
      "/tv/901103-seoul-nights",
      "/tv/901101-harbour-watch/season/1",
    ]);
  });

  it("names the languages a season is stored in", async () => {
    const db = getDb();

    expect(await listSeasonLanguages(db, harbour.id, 1)).toEqual([
      "en-US",
      "ko-KR",
    ]);
    expect(await listSeasonLanguages(db, harbour.id, 2)).toEqual(["en-US"]);
    expect(await listSeasonLanguages(db, harbour.id, 3)).toEqual([]);
  });

  it("names the languages any season of a series is stored in, once each", async () => {
    const db = getDb();

    expect(await listSeriesLanguages(db, harbour.id)).toEqual([
      "en-US",
      "ko-KR",
    ]);
    expect(await listSeriesLanguages(db, seoul.id)).toEqual(["ko-KR"]);
    expect(await listSeriesLanguages(db, 901199)).toEqual([]);
  });

  it("cards a season with its leading cast, preferring the default language", async () => {
    const db = getDb();

    expect(await findSeasonCard(db, harbour.id, 2)).toEqual({
      seriesName: "Harbour Watch",
      seasonNumber: 2,
      language: "en-US",
      leadingCast: [0, 1, 2, 3].map(
        (i) => `Person ${smallCastId(harbour, 2, i)}`,
      ),
    });
    expect((await findSeasonCard(db, seoul.id, 1))?.language).toBe("ko-KR");
    expect(await findSeasonCard(db, orchard.id, 2)).toBeNull();
  });
});
