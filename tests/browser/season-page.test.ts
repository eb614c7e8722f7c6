import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { SeasonPage } from "./pages/season-page";

const squidGame = "/tv/93405-squid-game";
const tmdb = "https://www.themoviedb.org";

describe("the season page in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let season: SeasonPage;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    season = new SeasonPage(page, inject("siteUrl"));
    await season.open("/tv/93405/season/2");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lands on the canonical address", () => {
    expect(season.path()).toBe(`${squidGame}/season/2`);
  });

  it("names the series and season and says when it was updated", async () => {
    expect(await season.heading()).toBe("Squid Game: Season 2");
    expect(await season.updatedText()).toMatch(/updated \d+ \w+ \d{4}/);
  });

  it("shows all 11 cast members in TMDB's order with their roles", async () => {
    const cast = await season.cast();

    expect(cast).toHaveLength(11);
    expect(cast[0]).toEqual({
      name: "Lee Jung-jae",
      roles: ["Seong Gi-hun / 'No. 456' · 7 episodes"],
    });
    expect(cast.map((c) => c.name).slice(0, 3)).toEqual([
      "Lee Jung-jae",
      "Lee Byung-hun",
      "Yim Si-wan",
    ]);
  });

  it("shows all 29 crew entries grouped by department", async () => {
    expect(await season.crewEntries()).toBe(29);
    expect((await season.departments())[0]).toBe("Art (4)");
  });

  it("loads portraits lazily from TMDB's CDN with a srcset", async () => {
    const images = await season.images();

    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.src).toMatch(/^https:\/\/image\.tmdb\.org\/t\/p\/w185\//);
      expect(image.srcset).toContain("/w45/");
      expect(image.srcset).toContain("/h632/");
      expect(image).toMatchObject({
        loading: "lazy",
        width: "64",
        height: "96",
      });
    }
    expect(await season.placeholders()).toBeGreaterThan(0);
  });

  it("credits TMDB in the footer", async () => {
    expect(await season.footer()).toContain(
      "This product uses the TMDB API but is not endorsed or certified by TMDB",
    );
  });

  it("links to the seasons before and after it, and to its series", async () => {
    expect(await season.neighbours()).toEqual({
      previous: { text: "← Season 1", href: `${squidGame}/season/1` },
      next: { text: "Season 3 →", href: `${squidGame}/season/3` },
    });
    expect(await season.seriesLink()).toBe(squidGame);
  });

  it("links to its history, its latest changes and its Atom feed", async () => {
    expect(await season.seasonLink("History")).toBe(
      `${squidGame}/season/2/history`,
    );
    expect(await season.seasonLink("Latest changes")).toBe(
      `${squidGame}/season/2/diff`,
    );
    expect(await season.seasonLink("Atom feed")).toBe(
      `${squidGame}/season/2/feed.xml`,
    );
    expect(await season.feedAlternate()).toMatch(
      new RegExp(`^https?://[^/]+${squidGame}/season/2/feed\\.xml$`),
    );
  });

  it("links the season out to TMDB", async () => {
    expect(await season.seasonLink("Season 2 on TMDB")).toBe(
      `${tmdb}/tv/93405/season/2`,
    );
  });

  it("links every cast and crew name to its person page and to TMDB", async () => {
    const cast = await season.personLinks("cast");
    const crew = await season.personLinks("crew");

    expect(cast).toHaveLength(11);
    expect(crew).toHaveLength(29);
    expect(cast[0]).toEqual({
      name: "Lee Jung-jae",
      person: "/person/73249",
      tmdb: `${tmdb}/person/73249`,
    });
    for (const entry of [...cast, ...crew]) {
      const id = entry.person.match(/^\/person\/(\d+)$/)?.[1];
      expect(id, entry.name).toBeDefined();
      expect(entry.tmdb).toBe(`${tmdb}/person/${id}`);
    }
  });

  it("offers the version shown as JSON and CSV, pinned to its time", async () => {
    const { json, csv } = await season.exportLinks();
    const api = "/api/tv/93405/season/2/aggregate_credits";
    const asOf = new URL(json!, "http://x").searchParams.get("as_of");

    expect(json).toBe(`${api}?as_of=${encodeURIComponent(asOf!)}`);
    expect(csv).toBe(`${json}&format=csv`);
    expect(new Date(asOf!).toISOString()).toBe(asOf);

    const response = await fetch(`${inject("siteUrl")}${json}`);
    const body = (await response.json()) as { cast: unknown[] };
    expect(response.status).toBe(200);
    expect(body.cast).toHaveLength(11);
  });

  it("draws each cast member's episode count, described in words", async () => {
    const bars = await season.episodeBars();

    expect(bars.bars).toBe(11);
    expect(bars.description).toContain("all 11 cast members");
    expect(bars.description).toContain("Lee Jung-jae: 7, Lee Byung-hun: 7");
    expect(bars.caption).toContain("The same counts are in the list below");
  });

  it("is open to search engines", async () => {
    expect(await season.robots()).not.toContain("noindex");
  });

  it("ignores a malformed as_of, saying what it should be, and shows the latest version", async () => {
    const other = new SeasonPage(await browser.newPage(), inject("siteUrl"));

    const response = await other.open(`${squidGame}/season/2?as_of=yesterday`);

    expect(response?.status()).toBe(200);
    expect((await other.notices()).join("\n")).toMatch(
      /as_of parameter was ignored, so this is the latest version.*2025-01-31T18:00:00Z.*2025-01-31/s,
    );
    expect(await other.cast()).toHaveLength(11);
    expect(await other.robots()).toContain("noindex");
  });
});
