import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { SeasonPage } from "./pages/season-page";

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
    expect(season.path()).toBe("/tv/93405-squid-game/season/2");
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
});
