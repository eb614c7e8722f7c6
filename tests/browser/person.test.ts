import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { writeFixture } from "../support/fixtures";
import { browserWorld, invented } from "../support/people-world";
import { PersonPage } from "./pages/person-page";

const { midnightGames, harbourLights } = browserWorld;
const han = `/person/${invented.hanSeoYeon.id}`;
const bae = `/person/${invented.baeMinHo.id}`;

describe("the person page in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let person: PersonPage;

  // Stores three seasons through the site, then a refetch of Midnight
  // Games season 2 in which Bae Min-ho is no longer credited.
  beforeAll(async () => {
    const fixtures = inject("fixturesDir");
    const write = (relative: string, body: unknown) =>
      writeFixture(fixtures, relative, body);
    write("tv/900310", midnightGames.details());
    write("tv/900311", harbourLights.details());
    write("tv/900310/season/1/aggregate_credits", midnightGames.season1());
    write("tv/900310/season/2/aggregate_credits", midnightGames.season2());
    write("tv/900311/season/1/aggregate_credits", harbourLights.season1());

    browser = await launchChromium();
    page = await browser.newPage();
    person = new PersonPage(page, inject("siteUrl"));
    for (const path of [
      "/tv/900310/season/1",
      "/tv/900310/season/2",
      "/tv/900311/season/1",
    ]) {
      await person.visitSeason(path);
    }
    write("tv/900310/season/2/aggregate_credits", midnightGames.season2(false));
    await person.visitSeason("/tv/900310/season/2");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("names the person and links to their TMDB page", async () => {
    const response = await person.open(han);

    expect(response?.status()).toBe(200);
    expect(await person.heading()).toBe("Han Seo-yeon");
    expect(await person.tmdbLink()).toBe(
      "https://www.themoviedb.org/person/900390",
    );
  });

  it("lists credits by series, then season, with roles and jobs", async () => {
    await person.open(han);
    const series = await person.series();

    expect(series.map((s) => [s.name, s.seasons.map((x) => x.label)])).toEqual([
      ["Harbour Lights", ["Season 1"]],
      ["Midnight Games", ["Season 1", "Season 2"]],
    ]);
    expect(series[0]?.seasons[0]?.entries).toEqual([
      "Directing\nDirector · 10 episodes",
    ]);
    expect(series[1]?.seasons[1]?.entries).toEqual([
      "Cast\nDetective Yoon · 8 episodes",
    ]);
    expect(series[1]?.seasons[1]?.seen).toMatch(
      /^First seen \d+ \w+ \d{4}, \d\d:\d\d UTC · last seen \d+ \w+ \d{4}/,
    );
    expect(series[1]?.seasons[1]?.left).toBeNull();
  });

  it("lists who worked with them in two or more seasons", async () => {
    await person.open(han);
    const coworkers = await person.coworkers();

    expect(coworkers).toEqual([
      {
        name: "Bae Min-ho",
        count: "2 seasons together",
        seasons: ["Midnight Games, Season 1", "Midnight Games, Season 2"],
      },
      {
        name: "Lee Jung-jae",
        count: "2 seasons together",
        seasons: ["Harbour Lights, Season 1", "Midnight Games, Season 1"],
      },
    ]);
    expect(coworkers.map((c) => c.name)).not.toContain("Choi Ara");
  });

  it("notes a season the person has left", async () => {
    await person.open(bae);
    const [midnight] = await person.series();

    expect(midnight?.seasons[1]?.label).toBe("Season 2");
    expect(midnight?.seasons[1]?.entries).toEqual([
      "Cast\nThe Host · 4 episodes",
    ]);
    expect(midnight?.seasons[1]?.left).toMatch(/^Left this season/);
    expect(midnight?.seasons[0]?.left).toBeNull();
  });

  it("follows a season link to the season page", async () => {
    await person.open(han);
    await person.followSeason("Midnight Games", "Season 1");

    expect(person.path()).toBe("/tv/900310-midnight-games/season/1");
    expect(await person.heading()).toBe("Midnight Games: Season 1");
  });

  it("follows a co-worker's link to their page", async () => {
    await person.open(han);
    await person.followCoworker("Bae Min-ho");

    expect(person.path()).toBe(bae);
  });

  it("shows the default language with a notice for a malformed one", async () => {
    const response = await person.open(`${han}?language=english`);

    expect(response?.status()).toBe(200);
    expect(await person.notice()).toContain("language parameter");
    expect((await person.series()).length).toBe(2);
  });

  it.each([["/person/900389"], ["/person/abc"], ["/person/-4"]])(
    "answers 404 for %s",
    async (path) => {
      const response = await person.open(path);

      expect(response?.status()).toBe(404);
    },
  );
});
