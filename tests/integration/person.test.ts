import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db/open";
import { findCoworkers } from "@/lib/people/coworkers";
import { listPersonLanguages, readPersonCredits } from "@/lib/people/credits";
import { findPerson } from "@/lib/people/person";
import { describeEachDatabase } from "../support/db";
import { people, redLightNights } from "../support/people-world";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const harness = setUpTmdbHarness();

const en = "en-US";
const key = (seriesId: number, seasonNumber: number, language = en) => ({
  seriesId,
  seasonNumber,
  language,
});

/**
 * Stores, through real fetches: Red Light Nights season 2, Squid Game
 * season 2, Red Light Nights season 1 three times (first, unchanged, then
 * with Wi Ha-jun gone and a character renamed), and Red Light Nights
 * season 2 in Korean. Returns the checks of season 1, oldest first.
 */
async function storeWorld(db: Db) {
  harness().writeFixture("tv/900300", redLightNights.details());
  const season1 = "tv/900300/season/1/aggregate_credits";
  const season2 = "tv/900300/season/2/aggregate_credits";
  harness().writeFixture(season2, redLightNights.season2());
  harness().writeFixture(`${season2}.ko-KR`, redLightNights.season2("성기훈"));
  harness().writeFixture(season1, redLightNights.season1.first());

  for (const [series, season] of [
    [900300, 2],
    [93405, 2],
    [900300, 1],
    [900300, 1],
  ] as const) {
    expect((await harness().refresh(db, key(series, season))).ok).toBe(true);
  }
  harness().writeFixture(season1, redLightNights.season1.refetched());
  expect((await harness().refresh(db, key(900300, 1))).ok).toBe(true);
  expect((await harness().refresh(db, key(900300, 2, "ko-KR"))).ok).toBe(true);

  return db.seasonCheck.findMany({
    where: { season: key(900300, 1) },
    orderBy: { checkedAt: "asc" },
    include: { snapshot: { select: { fetchedAt: true } } },
  });
}

describeEachDatabase("a person's stored credits", (getDb) => {
  let checks: Awaited<ReturnType<typeof storeWorld>>;
  const creditsOf = (id: number, language = en) =>
    readPersonCredits(getDb(), id, language);

  beforeAll(async () => {
    checks = await storeWorld(getDb());
  });

  it("stored season 1 as two snapshots and three checks", () => {
    expect(checks.map((c) => c.changed)).toEqual([true, false, true]);
  });

  it("names the person with their latest name and picture", async () => {
    expect(await findPerson(getDb(), people.leeJungJae)).toEqual({
      id: people.leeJungJae,
      name: "Lee Jung-jae",
      profilePath: "/3h5Cfm0X8ohWn7psZkqdNWqXAHH.jpg",
    });
  });

  it("groups credits by series name, then in season order", async () => {
    const series = await creditsOf(people.leeJungJae);

    expect(
      series.map((s) => [s.name, s.slug, s.seasons.map((x) => x.seasonNumber)]),
    ).toEqual([
      ["Red Light Nights", "red-light-nights", [1, 2]],
      ["Squid Game", "squid-game", [2]],
    ]);
  });

  it("shows the character as the newest version has it", async () => {
    const [red] = await creditsOf(people.leeJungJae);

    expect(red?.seasons[0]?.entries).toEqual([
      {
        kind: "cast",
        department: "",
        roles: [{ title: "Gi-hun / 'No. 456'", episodeCount: 8 }],
        totalEpisodeCount: 8,
        current: true,
      },
    ]);
  });

  it("lists each crew department with its jobs and episodes", async () => {
    const [red, squid] = await creditsOf(people.hwangDongHyuk);

    expect(
      red?.seasons.map((s) =>
        s.entries.map((e) => [e.department, e.roles, e.totalEpisodeCount]),
      ),
    ).toEqual([
      [["Directing", [{ title: "Director", episodeCount: 8 }], 8]],
      [
        ["Production", [{ title: "Executive Producer", episodeCount: 6 }], 6],
        ["Writing", [{ title: "Writer", episodeCount: 6 }], 6],
      ],
    ]);
    expect(squid?.seasons[0]?.entries.map((e) => e.roles[0]?.title)).toEqual([
      "Executive Producer",
    ]);
  });

  it("dates a credit from its first snapshot to the last check", async () => {
    const [red] = await creditsOf(people.leeJungJae);

    expect(red?.seasons[0]).toMatchObject({
      firstSeen: checks[0]!.checkedAt,
      lastSeen: checks[2]!.checkedAt,
      leftAt: null,
    });
  });

  it("says when someone left, last seen at the check before", async () => {
    const [red, squid] = await creditsOf(people.wiHaJun);

    expect(red?.seasons[0]).toMatchObject({
      seasonNumber: 1,
      firstSeen: checks[0]!.checkedAt,
      lastSeen: checks[1]!.checkedAt,
      leftAt: checks[2]!.snapshot.fetchedAt,
      entries: [
        {
          kind: "cast",
          roles: [{ title: "Jun-ho", episodeCount: 3 }],
          current: false,
        },
      ],
    });
    expect(squid?.seasons[0]).toMatchObject({ leftAt: null });
  });

  it("keeps each language's history apart", async () => {
    const korean = await creditsOf(people.leeJungJae, "ko-KR");
    const english = await creditsOf(people.leeJungJae);

    expect(korean).toHaveLength(1);
    expect(korean[0]?.seasons.map((s) => s.entries[0]?.roles)).toEqual([
      [{ title: "성기훈", episodeCount: 6 }],
    ]);
    expect(JSON.stringify(english)).not.toContain("성기훈");
    expect(await listPersonLanguages(getDb(), people.leeJungJae)).toEqual([
      "en-US",
      "ko-KR",
    ]);
  });

  it("ranks co-workers by shared seasons, two or more only", async () => {
    const credits = await creditsOf(people.leeJungJae);
    const coworkers = await findCoworkers(getDb(), people.leeJungJae, credits);

    expect(coworkers.people.map((p) => [p.name, p.seasons.length])).toEqual([
      ["Hwang Dong-hyuk", 3],
      ["Lee Byung-hun", 3],
      ["Wi Ha-jun", 2],
      ["Yoon Hwang-jik", 2],
    ]);
    expect(coworkers.total).toBe(4);
    expect(coworkers.people.map((p) => p.id)).not.toContain(people.yimSiWan);
  });

  it("names the seasons shared, in the page's order", async () => {
    const credits = await creditsOf(people.wiHaJun);
    const { people: found } = await findCoworkers(
      getDb(),
      people.wiHaJun,
      credits,
    );
    const lee = found.find((p) => p.id === people.leeJungJae);

    expect(
      lee?.seasons.map((s) => `${s.series.slug}/${s.seasonNumber}`),
    ).toEqual(["red-light-nights/1", "squid-game/2"]);
  });

  it("caps the co-workers and still counts them all", async () => {
    const credits = await creditsOf(people.leeJungJae);
    const capped = await findCoworkers(getDb(), people.leeJungJae, credits, 1);

    expect(capped.people.map((p) => p.name)).toEqual(["Hwang Dong-hyuk"]);
    expect(capped.total).toBe(4);
  });

  it("finds no co-workers for a single season", async () => {
    const credits = await creditsOf(people.leeJungJae, "ko-KR");

    expect(await findCoworkers(getDb(), people.leeJungJae, credits)).toEqual({
      people: [],
      total: 0,
    });
  });

  it("knows nothing of a person castlog never stored", async () => {
    expect(await findPerson(getDb(), 900399)).toBeNull();
    expect(await creditsOf(900399)).toEqual([]);
    expect(await listPersonLanguages(getDb(), 900399)).toEqual([]);
  });
});
