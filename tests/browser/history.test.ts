import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { parseAtom } from "../support/atom";
import { launchChromium } from "../support/browser";
import { parseCsv } from "../support/csv";
import { writeFixture } from "../support/fixtures";
import { newcomer, scriptedVersions } from "../support/scripted-season";
import { asSeasonOf, testSeriesDetails } from "../support/test-series";
import { DiffPage } from "./pages/diff-page";
import { HistoryPage } from "./pages/history-page";
import { SeasonPage } from "./pages/season-page";

// A series of its own, so that rewriting its fixtures between views
// disturbs no other test file.
const seriesId = 900100;
const canonical = "/tv/900100-the-long-shift/season/1";

describe("a season's history in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let history: HistoryPage;
  let diff: DiffPage;
  let season: SeasonPage;

  beforeAll(async () => {
    const fixtures = inject("fixturesDir");
    writeFixture(
      fixtures,
      `tv/${seriesId}`,
      testSeriesDetails(seriesId, "The Long Shift"),
    );
    browser = await launchChromium();
    page = await browser.newPage();
    history = new HistoryPage(page, inject("siteUrl"));
    diff = new DiffPage(page, inject("siteUrl"));
    season = new SeasonPage(page, inject("siteUrl"));

    // The site refetches on every view: each visit stores what the fake
    // TMDB serves at that moment.
    for (const version of scriptedVersions()) {
      writeFixture(
        fixtures,
        `tv/${seriesId}/season/1/aggregate_credits`,
        asSeasonOf(version, seriesId * 10 + 1),
      );
      await season.open(`/tv/${seriesId}/season/1`);
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("redirects the bare id to the canonical history address", async () => {
    await history.open(`/tv/${seriesId}/season/1/history`);

    expect(history.path()).toBe(`${canonical}/history`);
    expect(await history.heading()).toBe("The Long Shift: Season 1, history");
  });

  it("lists the three versions newest first with counts and summaries", async () => {
    const versions = await history.versions();

    expect(versions.map((v) => v.summary)).toEqual([
      expect.stringMatching(/^1 left, 1 moved department/),
      expect.stringMatching(/^2 joined, 1 left, 1 character added/),
      "first version stored",
    ]);
    expect(versions.map((v) => v.counts.split(" · ", 2).join(" · "))).toEqual([
      "11 cast · 29 crew",
      "11 cast · 30 crew",
      "11 cast · 29 crew",
    ]);
  });

  it("counts the checks that found no change", async () => {
    // The redirect to the canonical address is one more unchanged view.
    expect(await history.checksSummary()).toMatch(
      /checked this season (once|\d+ times) without finding a change/,
    );
  });

  it("draws the changes over time with a text alternative", async () => {
    const chart = await history.chart();

    expect(chart.visible).toBe(true);
    expect(chart.description).toMatch(/^2 changed versions from /);
    expect(chart.rows).toBe(2);
  });

  it("opens the season as it was at the first version", async () => {
    await history.openAsOf(2);
    const names = (await season.cast()).map((c) => c.name);

    expect(names).toContain("Jo Yu-ri");
    expect(names).not.toContain(newcomer.name);
    expect(new URL(page.url()).pathname).toBe(canonical);
  });

  it("follows a version's diff link to its changes", async () => {
    await history.open(`${canonical}/history`);
    await history.openDiff(1);
    const groups = await diff.groups();

    expect(await diff.summary()).toMatch(/^2 joined, 1 left/);
    expect(groups.map((g) => g.heading)).toEqual(
      expect.arrayContaining([
        "Joined the cast (1)",
        "Left the cast (1)",
        "Characters renamed (1)",
        "Cast order changed (2)",
      ]),
    );
    expect(groups.find((g) => g.heading.startsWith("Joined the cast"))).toEqual(
      {
        heading: "Joined the cast (1)",
        items: ["Han Seo-yun: Se-mi / 'No. 380' (3 episodes)"],
      },
    );
  });

  it("compares any two versions chosen in the form", async () => {
    const times = await diff.options("from");

    await diff.compare(times.at(-1)!, times[0]!);

    expect(await diff.summary()).toMatch(/^2 joined, 2 left, 1 moved/);
  });

  it("exports the diff as CSV and JSON", async () => {
    const base = inject("siteUrl");
    const csv = await fetch(base + (await diff.exportHref("CSV")));
    const json = await fetch(base + (await diff.exportHref("JSON")));
    const [header, ...rows] = parseCsv(await csv.text());

    expect(csv.headers.get("content-disposition")).toMatch(
      /filename="the-long-shift-s01-diff-.+\.csv"/,
    );
    expect(header![0]).toBe("change");
    expect(rows.some((r) => r[0] === "moved_department")).toBe(true);
    expect(await json.json()).toMatchObject({
      seriesId,
      summary: expect.stringMatching(/^2 joined, 2 left/),
    });
  });

  it("offers an Atom feed that validates", async () => {
    await history.open(`${canonical}/history`);
    const href = await history.feedHref();
    const response = await fetch(`${inject("siteUrl")}${href}`);
    const { feed, problems } = parseAtom(await response.text());

    expect(href).toBe(`${canonical}/feed.xml`);
    expect(response.headers.get("content-type")).toBe(
      "application/atom+xml; charset=utf-8",
    );
    expect(problems).toEqual([]);
    expect(feed!.entries).toHaveLength(3);
  });
});
