import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/browser";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import {
  smallCastId,
  writeSmallSeason,
  writeSmallSeries,
} from "../support/small-series";
import { ApiDocsPage } from "./pages/api-docs-page";
import { HomePage } from "./pages/home-page";
import { SeasonPage } from "./pages/season-page";

// Series of their own, so that no other file's fixtures change.
const nights = { id: 901260, name: "Quayside Nights" };
const mornings = { id: 901261, name: "Quayside Mornings" };
const firstCast = `Person ${smallCastId(nights, 1, 0)}`;

describe("the home page and the API documentation in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let home: HomePage;

  beforeAll(async () => {
    const fixtures = inject("fixturesDir");
    writeSmallSeries(fixtures, nights, [1]);
    writeSmallSeries(fixtures, mornings, [1]);
    browser = await launchChromium();
    page = await browser.newPage();
    home = new HomePage(page, inject("siteUrl"));

    // The site refetches on every view: two views of a season whose
    // credits changed in between store two versions.
    const season = new SeasonPage(page, inject("siteUrl"));
    await season.open(`/tv/${nights.id}/season/1`);
    writeSmallSeason(fixtures, nights, 1, 5);
    await season.open(`/tv/${nights.id}/season/1`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists the season that changed last, with what changed", async () => {
    await home.open();

    const [newest] = await home.recentChanges();

    expect(newest).toEqual({
      season: "Quayside Nights: Season 1",
      summary: "2 joined",
    });
  });

  it("leads from a changed season to its diff", async () => {
    await home.openChanges("Quayside Nights: Season 1");

    expect(home.path()).toBe("/tv/901260-quayside-nights/season/1/diff");
    expect(await home.heading()).toBe(
      "Quayside Nights: Season 1, what changed",
    );
  });

  it("finds a stored series and a stored person by name", async () => {
    await home.open();
    await home.search("QUAYSIDE nights");

    expect(await home.results("Series on castlog")).toEqual([nights.name]);
    expect(await home.resultHref("Series on castlog", nights.name)).toBe(
      "/tv/901260-quayside-nights",
    );

    await home.search(firstCast.toLowerCase());

    expect(await home.resultHref("People on castlog", firstCast)).toBe(
      `/person/${smallCastId(nights, 1, 0)}`,
    );
  });

  it("offers to add a series found on TMDB, and the link stores it", async () => {
    await fakeTmdbControl(inject("fakeTmdbUrl")).addFault({
      path: "/3/search/tv",
      times: 1,
      body: {
        page: 1,
        results: [
          {
            id: mornings.id,
            name: mornings.name,
            first_air_date: "2024-03-01",
          },
        ],
        total_pages: 1,
        total_results: 1,
      },
    });
    await home.open();
    await home.search("quayside");

    expect(await home.results("Series on castlog")).toEqual([nights.name]);
    expect(await home.results("Series on TMDB")).toEqual([
      expect.stringMatching(/^Quayside Mornings \(2024\)\s+Add to castlog$/),
    ]);

    await home.addFromTmdb(mornings.name);

    expect(home.path()).toBe("/tv/901261-quayside-mornings");
    expect(await home.heading()).toBe(mornings.name);
  });

  it("ignores a repeated query and shortens a long one, saying so", async () => {
    await home.open("/?q=a&q=b");
    expect(await home.notices()).toEqual([
      expect.stringMatching(/Ignored the q parameter/),
    ]);

    await home.open(`/?q=${"quayside%00".repeat(30)}`);
    expect(await home.notices()).toContain(
      "Searched for the first 100 characters of q only.",
    );
  });

  it("searches only stored names on a site without a token, and says why", async () => {
    const tokenless = new HomePage(page, inject("tokenlessUrl"));
    await tokenless.open();
    await tokenless.search("quayside");

    expect(await tokenless.results("Series on castlog")).toEqual([]);
    expect((await tokenless.notices()).join("\n")).toMatch(
      /needs a TMDB token/,
    );
  });

  it("documents the API with examples that answer as it says", async () => {
    const docs = new ApiDocsPage(page, inject("siteUrl"));
    await docs.open();

    const examples = await docs.examples();
    const json = examples.filter((e) => e.answer === "JSON");

    expect(await docs.heading()).toBe("castlog's JSON API");
    expect(json.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      // The stored season the site's examples are built on is ours.
      expect(example.url).toContain(`/tv/${nights.id}`);
      expect(new URL(example.url).port).toBe(new URL(inject("siteUrl")).port);
    }
    for (const example of json) {
      const response = await fetch(example.url);
      expect(response.status, example.url).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/json/);
      expect(await response.json()).toBeTypeOf("object");
    }
    const statuses = await Promise.all(
      examples
        .filter((e) => e.answer !== "JSON")
        .map(async (e) => [e.answer, (await fetch(e.url)).status]),
    );
    expect(statuses).toEqual(
      expect.arrayContaining([
        ["CSV", 200],
        ["Atom", 200],
        ["400 JSON", 400],
        ["404 JSON", 404],
      ]),
    );
  });
});
