import { beforeAll, expect, it } from "vitest";
import { readSeriesOverlap } from "@/lib/series/overlap";
import { describeEachDatabase } from "../support/db";
import {
  onlyPeople,
  seasonFixture,
  withoutPeople,
} from "../support/season-builders";
import {
  firstSeries,
  people,
  secondSeries,
  writeSeries,
  type SeriesScript,
} from "../support/series-world";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const first = firstSeries(900200);
const second = secondSeries(900201);
const both: [number, number] = [first.id, second.id];
const harness = setUpTmdbHarness();

const ids = (list: { personId: number }[]) => list.map((p) => p.personId);

describeEachDatabase("the people credited in two series", (getDb) => {
  const overlap = (limit = 100, language = "en-US") =>
    readSeriesOverlap(getDb(), both, language, limit);

  async function store(script: SeriesScript, language = "en-US") {
    for (const n of Object.keys(script.seasons).map(Number)) {
      const key = { seriesId: script.id, seasonNumber: n, language };
      expect((await harness().refresh(getDb(), key)).ok).toBe(true);
    }
  }

  beforeAll(async () => {
    writeSeries(harness().writeFixture, first);
    writeSeries(harness().writeFixture, second);
    await store(first);
    await store(second);
  });

  it("lists the people in both, most episodes in both first", async () => {
    const shared = await overlap();

    expect(shared.total).toBe(3);
    expect(ids(shared.people)).toEqual([
      people.hwangDongHyuk,
      people.leeByungHun,
      people.jungJaeIl,
    ]);
  });

  it("gives each person's roles in each series with their seasons", async () => {
    const [creator, actor] = (await overlap()).people;

    expect(creator!.roles).toEqual([
      [
        cast("Man on the Ferry", [3], 1),
        crew("Production", "Executive Producer", [0, 1, 2, 3], 21),
      ],
      [
        crew("Directing", "Director", [1], 8),
        crew("Writing", "Writer", [1], 8),
      ],
    ]);
    expect(actor!.roles).toEqual([
      [cast("Front Man", [1, 2, 3], 21)],
      [cast("The Salesman", [1, 2], 13)],
    ]);
  });

  it("reads the same both ways round, with the roles swapped", async () => {
    const there = await overlap();
    const back = await readSeriesOverlap(
      getDb(),
      [second.id, first.id],
      "en-US",
      100,
    );

    expect(ids(back.people)).toEqual(ids(there.people));
    expect(back.people[0]!.roles).toEqual(
      [...there.people[0]!.roles].reverse(),
    );
  });

  it("lists at most the limit but counts everyone", async () => {
    const shared = await overlap(2);

    expect(shared.total).toBe(3);
    expect(ids(shared.people)).toEqual([
      people.hwangDongHyuk,
      people.leeByungHun,
    ]);
  });

  it("is empty with a series castlog has not stored", async () => {
    expect(
      await readSeriesOverlap(getDb(), [first.id, 900299], "en-US", 100),
    ).toEqual({ total: 0, people: [] });
  });

  it("reads one language's credits", async () => {
    const korean = (script: SeriesScript, n: number) =>
      onlyPeople(script.seasons[n]!, [
        people.leeByungHun,
        people.jungJaeIl,
        people.ahnJiHo,
      ]);
    harness().writeFixture(seasonFixture(first.id, 2, "ko-KR"), {
      ...korean(first, 2),
      crew: [],
    });
    harness().writeFixture(
      seasonFixture(second.id, 1, "ko-KR"),
      korean(second, 1),
    );
    for (const id of both) {
      const seasonNumber = id === first.id ? 2 : 1;
      await harness().refresh(getDb(), {
        seriesId: id,
        seasonNumber,
        language: "ko-KR",
      });
    }

    const shared = await overlap(100, "ko-KR");

    expect(ids(shared.people)).toEqual([people.leeByungHun]);
    expect(shared.people[0]!.roles).toEqual([
      [cast("Front Man", [2], 7)],
      [cast("The Salesman", [1], 8)],
    ]);
  });

  it("drops a person no longer credited in one series after a refetch", async () => {
    const without = withoutPeople(second.seasons[1]!, [people.jungJaeIl]);
    harness().writeFixture(seasonFixture(second.id, 1), without);
    await harness().refresh(getDb(), {
      seriesId: second.id,
      seasonNumber: 1,
      language: "en-US",
    });

    const shared = await overlap();

    expect(shared.total).toBe(2);
    expect(ids(shared.people)).not.toContain(people.jungJaeIl);
  });
});

function cast(title: string, seasons: number[], episodes: number) {
  return { kind: "cast", department: "", title, seasons, episodes };
}

function crew(
  department: string,
  title: string,
  seasons: number[],
  episodes: number,
) {
  return { kind: "crew", department, title, seasons, episodes };
}
