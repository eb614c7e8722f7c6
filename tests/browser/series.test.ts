import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { generateSeason } from "../fake-tmdb/generate";
import { writeFixture } from "../support/fixtures";
import { seasonFixture, seriesDetails } from "../support/season-builders";
import {
  firstSeries,
  people,
  secondSeries,
  writeSeries,
} from "../support/series-world";
import { SeriesPage } from "./pages/series-page";

// Series of their own, so that no other file's fixtures change.
const first = firstSeries(900210);
const second = secondSeries(900211);
const home = "/tv/900210-harbour-lights";

describe("the series page in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let series: SeriesPage;

  const visit = (path: string) =>
    page.goto(`${inject("siteUrl")}${path}`).then((res) => res?.status());

  beforeAll(async () => {
    const write = (relative: string, body: unknown) =>
      writeFixture(inject("fixturesDir"), relative, body);
    writeSeries(write, first);
    writeSeries(write, second);

    browser = await launchChromium();
    page = await browser.newPage();
    series = new SeriesPage(page, inject("siteUrl"));
    // Two seasons of each series are stored by viewing them.
    for (const path of [
      "/tv/900210/season/1",
      "/tv/900210/season/2",
      "/tv/900211/season/1",
      "/tv/900211/season/2",
    ]) {
      expect(await visit(path), path).toBe(200);
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lands on the canonical address from the bare id", async () => {
    await series.open("/tv/900210");

    expect(series.path()).toBe(home);
    expect(await series.heading()).toBe("Harbour Lights");
  });

  it("lists every season, specials included, stored or not", async () => {
    await series.open(home);

    expect(await series.seasons()).toEqual([
      { name: "Specials", status: "not yet stored" },
      { name: "Season 1", status: "stored" },
      { name: "Season 2", status: "stored" },
      { name: "Season 3", status: "not yet stored" },
    ]);
  });

  it("fetches the seasons not stored yet and comes back", async () => {
    await series.open(home);

    await series.fetchMissingSeasons();

    expect(series.path()).toBe(home);
    expect((await series.seasons()).map((s) => s.status)).toEqual([
      "stored",
      "stored",
      "stored",
      "stored",
    ]);
  });

  it("shows each person's episodes per season and in all", async () => {
    await series.open(home);

    expect(await series.matrixHeadings()).toEqual([
      "Person",
      "Sp.",
      "S1",
      "S2",
      "S3",
      "Total",
      "First season",
    ]);
    expect(await series.matrixRow(people.leeJungJae)).toEqual([
      "1",
      "9",
      "7",
      "6",
      "23",
      "Specials",
    ]);
    expect(await series.matrixRow(people.joYuRi)).toEqual([
      "",
      "",
      "7",
      "7",
      "14",
      "Season 2",
    ]);
    expect(await series.matrixNames()).toHaveLength(40);
    expect(await series.heatmap().count()).toBe(1);
  });

  it("sorts by first season and back by total through links", async () => {
    await series.open(home);
    const byTotal = await series.matrixNames();

    await series.sortBy("First season");
    const byFirst = await series.matrixNames();
    await series.sortBy("Total");

    expect(series.search().get("sort")).toBe("total");
    expect(await series.matrixNames()).toEqual(byTotal);
    expect(byTotal.indexOf("Park Gyu-young")).toBeLessThan(
      byTotal.indexOf("Kang Ha-neul"),
    );
    expect(byFirst.indexOf("Kang Ha-neul")).toBeLessThan(
      byFirst.indexOf("Park Gyu-young"),
    );
  });

  it("says which parameter it ignored and shows the defaults", async () => {
    await series.open(`${home}?sort=name&to_season=9`);

    const notices = (await series.notices()).join("\n");

    expect(notices).toContain("Ignored the sort parameter");
    expect(notices).toContain("Ignored the to_season parameter");
    expect((await series.matrixNames())[0]).toBe("Lee Jung-jae");
  });

  it("compares the last two seasons, then two chosen ones", async () => {
    await series.open(home);
    expect(await series.changed("Joined")).toEqual(["Seo Min-ji"]);
    expect(await series.changed("Left")).toEqual([
      "Kang Ha-neul",
      "Nam Na-young",
    ]);

    await series.compare("Season 1", "Season 2");

    expect(series.search().get("from_season")).toBe("1");
    expect(await series.changed("Joined")).toEqual([
      "Jo Yu-ri",
      "Park Gyu-young",
    ]);
    expect(await series.changed("Left")).toEqual([]);
    expect(await series.changed("Stayed")).toHaveLength(37);
  });

  it("links each season to its page", async () => {
    await series.open(home);

    await series.followLink("Season 2", `${home}/season/2`);

    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Harbour Lights: Season 2",
    );
  });

  it("links each person to their page", async () => {
    await series.open(home);

    await series.followLink("Lee Jung-jae", `/person/${people.leeJungJae}`);

    expect(series.path()).toBe(`/person/${people.leeJungJae}`);
  });

  it("finds the people in both series through the overlap form", async () => {
    await series.open(home);

    await series.findOverlapWith("900211");

    expect(series.path()).toBe(`${home}/overlap`);
    expect(await series.heading()).toBe(
      "People in Harbour Lights and Night Ferry",
    );
    expect(await series.overlapNames()).toEqual([
      "Hwang Dong-hyuk",
      "Lee Byung-hun",
      "Jung Jae-il",
    ]);
    const [inFirst, inSecond] = await series.overlapRow(people.leeByungHun);
    expect(inFirst).toMatch(/Front Man\s+seasons 1, 2 and 3, 21 episodes/);
    expect(inSecond).toMatch(/The Salesman\s+seasons 1 and 2, 13 episodes/);
  });

  it("answers 404 to a malformed or unknown series", async () => {
    expect(await visit("/tv/harbour-lights")).toBe(404);
    expect(await visit("/tv/900299")).toBe(404);
  });

  it("answers 404 without a token for a series it has not stored", async () => {
    const response = await fetch(`${inject("tokenlessUrl")}/tv/900210`);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain(
      "This series is not in castlog yet",
    );
  });

  it("caps a large series' matrix and says so", async () => {
    const write = (relative: string, body: unknown) =>
      writeFixture(inject("fixturesDir"), relative, body);
    write("tv/900212", seriesDetails(900212, "Crowded Harbour", [1]));
    write(
      seasonFixture(900212, 1),
      generateSeason({ seed: 7, cast: 60, crew: 300 }),
    );
    expect(await visit("/tv/900212/season/1")).toBe(200);

    await series.open("/tv/900212-crowded-harbour");

    expect(await series.matrixNames()).toHaveLength(200);
    expect(await page.locator("#matrix-summary").innerText()).toMatch(
      /^Showing the top 200 of \d{3} people, most episodes first/,
    );
  });
});
