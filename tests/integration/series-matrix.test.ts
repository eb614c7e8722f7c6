import { beforeAll, expect, it } from "vitest";
import {
  readSeriesMatrix,
  sortMatrixPeople,
  type SeriesMatrix,
} from "@/lib/series/matrix";
import { compareSeasons, defaultSeasonPair } from "@/lib/series/season-compare";
import { describeEachDatabase } from "../support/db";
import {
  onlyPeople,
  seasonFixture,
  withoutPeople,
} from "../support/season-builders";
import { firstSeries, people, writeSeries } from "../support/series-world";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const seriesId = 900200;
const script = firstSeries(seriesId);
const key = (seasonNumber: number, language = "en-US") => ({
  seriesId,
  seasonNumber,
  language,
});
const harness = setUpTmdbHarness();

const row = (matrix: SeriesMatrix, personId: number) =>
  matrix.people.find((person) => person.personId === personId);

const ids = (list: { personId: number }[]) => list.map((p) => p.personId);

/** The people of `tracked`, in the order they appear in `list`. */
const orderOf = (list: { personId: number }[], tracked: number[]) =>
  ids(list).filter((id) => tracked.includes(id));

// The people whose order the sorting tests follow, listed in no order.
const listedPeople = [
  people.seoMinJi,
  people.kangHaNeul,
  people.joYuRi,
  people.namNaYoung,
  people.parkGyuYoung,
  people.hwangDongHyuk,
  people.leeJungJae,
];

describeEachDatabase("the people-by-season matrix of a series", (getDb) => {
  const matrix = () => readSeriesMatrix(getDb(), seriesId, "en-US");

  beforeAll(async () => {
    writeSeries(harness().writeFixture, script);
    for (const n of [0, 1, 2, 3]) {
      expect((await harness().refresh(getDb(), key(n))).ok).toBe(true);
    }
  });

  it("is empty for a series castlog has not stored", async () => {
    expect(await readSeriesMatrix(getDb(), 900299, "en-US")).toEqual({
      seasonNumbers: [],
      people: [],
    });
  });

  it("has a column for every stored season, specials first", async () => {
    expect((await matrix()).seasonNumbers).toEqual([0, 1, 2, 3]);
  });

  it("lists each person credited in any stored season once", async () => {
    const { people: rows } = await matrix();

    expect(rows).toHaveLength(40);
    expect(new Set(ids(rows)).size).toBe(40);
  });

  it("counts each person's episodes per season and in all", async () => {
    const lead = row(await matrix(), people.leeJungJae)!;
    const episodes = Object.fromEntries(
      Object.entries(lead.seasons).map(([n, cell]) => [n, cell.episodes]),
    );

    expect(episodes).toEqual({ 0: 1, 1: 9, 2: 7, 3: 6 });
    expect(lead).toMatchObject({ totalEpisodes: 23, firstSeason: 0 });
    expect(row(await matrix(), people.kangHaNeul)).toMatchObject({
      totalEpisodes: 9,
      firstSeason: 1,
    });
  });

  it("counts a person in both cast and crew by the larger part", async () => {
    const creator = row(await matrix(), people.hwangDongHyuk)!;

    expect(creator.seasons[3]).toEqual({ cast: 1, crew: 6, episodes: 6 });
    expect(creator.seasons[0]).toEqual({ cast: 0, crew: 1, episodes: 1 });
    expect(creator.totalEpisodes).toBe(21);
  });

  it("counts a person in two crew departments once a season", async () => {
    const props = row(await matrix(), people.yoonHwangJik)!;

    expect(props.seasons[2]).toEqual({ cast: 0, crew: 7, episodes: 7 });
    expect(props.totalEpisodes).toBe(21);
  });

  it("sorts by total episodes, most first, by default", async () => {
    const rows = (await matrix()).people;
    const totals = rows.map((person) => person.totalEpisodes);

    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(orderOf(rows, listedPeople)).toEqual([
      people.leeJungJae,
      people.hwangDongHyuk,
      people.parkGyuYoung,
      people.namNaYoung,
      people.joYuRi,
      people.kangHaNeul,
      people.seoMinJi,
    ]);
  });

  it("sorts by first season, earliest first, then by total", async () => {
    const rows = sortMatrixPeople((await matrix()).people, "first");
    const firsts = rows.map((person) => person.firstSeason);

    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(orderOf(rows, listedPeople)).toEqual([
      people.leeJungJae,
      people.hwangDongHyuk,
      people.namNaYoung,
      people.kangHaNeul,
      people.parkGyuYoung,
      people.joYuRi,
      people.seoMinJi,
    ]);
  });

  it("compares the last two stored seasons by default", async () => {
    const current = await matrix();
    const pair = defaultSeasonPair(current.seasonNumbers)!;

    const change = compareSeasons(current, pair);

    expect(pair).toEqual({ from: 2, to: 3 });
    expect(ids(change.joined)).toEqual([people.seoMinJi]);
    expect(ids(change.left)).toEqual([people.kangHaNeul, people.namNaYoung]);
    expect(change.stayed).toHaveLength(37);
    expect(ids(change.stayed)).toContain(people.hwangDongHyuk);
  });

  it("compares any two seasons: who stayed, joined and left", async () => {
    const current = await matrix();

    const second = compareSeasons(current, { from: 1, to: 2 });
    const specials = compareSeasons(current, { from: 0, to: 3 });

    expect(ids(second.joined)).toEqual([people.joYuRi, people.parkGyuYoung]);
    expect(second.left).toEqual([]);
    // Both had 6 episodes in season 3, so by name.
    expect(ids(specials.stayed)).toEqual([
      people.hwangDongHyuk,
      people.leeJungJae,
    ]);
    expect(specials.left).toEqual([]);
  });

  it("needs two stored seasons to compare", () => {
    expect(defaultSeasonPair([2])).toBeNull();
  });

  it("keeps each language's seasons apart", async () => {
    const korean = onlyPeople(script.seasons[2]!, [
      people.leeJungJae,
      people.yoonHwangJik,
    ]);
    harness().writeFixture(seasonFixture(seriesId, 2, "ko-KR"), korean);
    await harness().refresh(getDb(), key(2, "ko-KR"));

    const inKorean = await readSeriesMatrix(getDb(), seriesId, "ko-KR");

    expect(inKorean.seasonNumbers).toEqual([2]);
    expect(ids(inKorean.people).sort()).toEqual(
      [people.leeJungJae, people.yoonHwangJik].sort(),
    );
    expect(row(inKorean, people.leeJungJae)?.totalEpisodes).toBe(7);
    expect((await matrix()).people).toHaveLength(40);
  });

  it("stops counting a season for a person who left it on a refetch", async () => {
    const without = withoutPeople(script.seasons[2]!, [people.yangDongGeun]);
    harness().writeFixture(seasonFixture(seriesId, 2), without);
    const result = await harness().refresh(getDb(), key(2));

    const current = await matrix();
    const leaver = row(current, people.yangDongGeun)!;

    expect(result.ok && result.ingest.changed).toBe(true);
    expect(Object.keys(leaver.seasons)).toEqual(["1", "3"]);
    expect(leaver.totalEpisodes).toBe(14);
    expect(ids(compareSeasons(current, { from: 1, to: 2 }).left)).toEqual([
      people.yangDongGeun,
    ]);
    // The superseded version stays in the history.
    expect(
      await getDb().credit.count({
        where: { personId: people.yangDongGeun, toSnapshotId: { not: null } },
      }),
    ).toBe(1);
  });
});
