import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser";
import {
  smallCastId,
  writeSmallSeason,
  writeSmallSeries,
} from "../support/small-series";
import { SeasonPage } from "./pages/season-page";

// Series of this file's own: the shipped Squid Game fixture has neither
// a season without neighbours nor a season that changes.
const hub = { id: 900400, name: "Season Hub Test" };
const changing = { id: 900401, name: "Changing Season Test" };

const hubPath = "/tv/900400-season-hub-test";
const changingPath = "/tv/900401-changing-season-test";

let browser: Browser;

async function openSeason(path: string) {
  const season = new SeasonPage(await browser.newPage(), inject("siteUrl"));
  await season.open(path);
  return season;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("moving between the seasons of a series", () => {
  beforeAll(() => {
    writeSmallSeries(inject("fixturesDir"), hub, [0, 1, 2]);
  });

  it("starts at the specials, which have no previous season", async () => {
    const season = await openSeason("/tv/900400/season/0");

    expect(await season.heading()).toBe("Season Hub Test: Specials");
    expect(await season.neighbours()).toEqual({
      previous: null,
      next: { text: "Season 1 →", href: `${hubPath}/season/1` },
    });
  });

  it("ends at the last season, which has no next season", async () => {
    const season = await openSeason("/tv/900400/season/2");

    expect(await season.neighbours()).toEqual({
      previous: { text: "← Season 1", href: `${hubPath}/season/1` },
      next: null,
    });
  });

  it("follows the previous and next links from season to season", async () => {
    const season = await openSeason("/tv/900400/season/2");

    await season.followLink("← Season 1");
    expect(season.path()).toBe(`${hubPath}/season/1`);
    expect(await season.heading()).toBe("Season Hub Test: Season 1");
    expect((await season.neighbours()).previous?.text).toBe("← Specials");

    await season.followLink("← Specials");
    expect(season.path()).toBe(`${hubPath}/season/0`);
    expect(await season.heading()).toBe("Season Hub Test: Specials");
  });

  it("keeps the language in the links it leads to", async () => {
    const season = await openSeason("/tv/900400/season/1?language=fr-FR");

    expect(await season.neighbours()).toEqual({
      previous: {
        text: "← Specials",
        href: `${hubPath}/season/0?language=fr-FR`,
      },
      next: { text: "Season 2 →", href: `${hubPath}/season/2?language=fr-FR` },
    });
    expect(await season.seriesLink()).toBe(`${hubPath}?language=fr-FR`);
    expect(await season.seasonLink("History")).toBe(
      `${hubPath}/season/1/history?language=fr-FR`,
    );
    expect((await season.exportLinks()).json).toContain("language=fr-FR");
  });
});

describe("a season as of an earlier time", () => {
  let between: Date;

  beforeAll(async () => {
    const fixtures = inject("fixturesDir");
    writeSmallSeries(fixtures, changing, [1]);
    await openSeason(`/tv/900401/season/1`);

    between = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeSmallSeason(fixtures, changing, 1, 4);
    await openSeason(`${changingPath}/season/1`);
  });

  it("shows the latest version, with its new cast member, and no banner", async () => {
    const season = await openSeason(`${changingPath}/season/1`);

    expect(await season.cast()).toHaveLength(4);
    expect(await season.notices()).toEqual([]);
  });

  it("shows the version in force at as_of under a banner, kept out of search engines", async () => {
    const season = await openSeason(
      `${changingPath}/season/1?as_of=${between.toISOString()}`,
    );
    const [banner] = await season.notices();

    expect(banner).toMatch(/^Showing the credits as of \d+ \w+ \d{4}/);
    expect(banner).toContain("See the latest version");
    expect((await season.cast()).map((c) => c.name)).toEqual(
      [0, 1, 2].map((i) => `Person ${smallCastId(changing, 1, i)}`),
    );
    expect(await season.robots()).toContain("noindex");
  });

  it("exports the version it shows, not the latest", async () => {
    const season = await openSeason(
      `${changingPath}/season/1?as_of=${between.toISOString()}`,
    );
    const { json } = await season.exportLinks();

    const body = (await (
      await fetch(`${inject("siteUrl")}${json}`)
    ).json()) as { cast: unknown[] };
    expect(body.cast).toHaveLength(3);
  });

  it("leads from the banner back to the latest version", async () => {
    const season = await openSeason(
      `${changingPath}/season/1?as_of=${between.toISOString()}`,
    );

    await season.followLink("See the latest version");

    expect(season.path()).toBe(`${changingPath}/season/1`);
    expect(await season.cast()).toHaveLength(4);
    expect(await season.notices()).toEqual([]);
  });

  it("is not found before its first version", async () => {
    const response = await fetch(
      `${inject("siteUrl")}${changingPath}/season/1?as_of=2001-01-01`,
    );

    expect(response.status).toBe(404);
  });
});
