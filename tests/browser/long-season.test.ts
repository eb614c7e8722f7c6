import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import type { SeasonCredits } from "../fake-tmdb/credits";
import { launchChromium } from "../support/browser";
import { writeCrowdedSeries } from "../support/crowded-series";
import { SeasonPage } from "./pages/season-page";

// A series of this file's own, with departments past the fold.
const seriesId = 901320;
const seasonUrl = `/tv/${seriesId}/season/1`;
const folded = 12;

function largestDepartment(credits: SeasonCredits) {
  const sizes = new Map<string, number>();
  for (const entry of credits.crew) {
    sizes.set(entry.department, (sizes.get(entry.department) ?? 0) + 1);
  }
  const [name, size] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
  return { name, size };
}

/** The entries a filter should keep, by the rule the page states. */
function countMatches(credits: SeasonCredits, query: string) {
  const has = (text: string) => text.toLowerCase().includes(query);
  const cast = credits.cast.filter(
    (e) => has(e.name) || e.roles.some((r) => has(r.character)),
  );
  const crew = credits.crew.filter(
    (e) => has(e.name) || e.jobs.some((j) => has(j.job)),
  );
  return cast.length + crew.length;
}

describe("a season with a long crew in Chromium", () => {
  let browser: Browser;
  let credits: SeasonCredits;
  let department: { name: string; size: number };

  beforeAll(async () => {
    credits = writeCrowdedSeries(inject("fixturesDir"), seriesId, {
      cast: 30,
      crew: 120,
    });
    department = largestDepartment(credits);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const openSeason = async (path = seasonUrl, javaScriptEnabled = true) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const season = new SeasonPage(await context.newPage(), inject("siteUrl"));
    await season.open(path);
    return season;
  };

  it("indexes its departments, each link leading to its heading", async () => {
    const season = await openSeason();
    const index = await season.departmentIndex();

    expect(index.length).toBeGreaterThan(5);
    expect(index).toContainEqual({
      text: department.name,
      href: `#crew-${department.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
    });
  });

  it("folds a large department after its first entries, closed at first", async () => {
    const season = await openSeason();
    const entries = await season.departmentEntries(department.name);

    expect(department.size).toBeGreaterThan(folded);
    expect(entries).toHaveLength(department.size);
    expect(entries.filter((e) => e.visible)).toHaveLength(folded);
    expect(await season.departmentFold(department.name)).toEqual({
      summary: `Show all ${department.size}`,
      open: false,
    });
  });

  it("shows every entry of the department once its fold is opened", async () => {
    const season = await openSeason();

    await season.showAll(department.name);

    const entries = await season.departmentEntries(department.name);
    expect(entries.every((e) => e.visible)).toBe(true);
    expect(entries).toHaveLength(department.size);
    expect((await season.departmentFold(department.name)).open).toBe(true);
  });

  it("filters by name, character or job without JavaScript, keeping language and as_of", async () => {
    // Stores the French version first: an as_of view only reads what is
    // stored, and so answers before the page would stream.
    const french = `${inject("siteUrl")}${seasonUrl}?language=fr-FR`;
    expect((await fetch(french)).status).toBe(200);
    const asOf = "2999-01-01";
    const season = await openSeason(
      `${seasonUrl}?language=fr-FR&as_of=${asOf}`,
      false,
    );

    await season.filterBy("PARK");

    expect(Object.fromEntries(season.search())).toEqual({
      q: "PARK",
      language: "fr-FR",
      as_of: asOf,
    });
    const entries = await season.allEntries();
    const expected = countMatches(credits, "park");
    expect(expected).toBeGreaterThan(0);
    expect(entries).toHaveLength(expected);
    expect(await season.filterStatus()).toBe(
      `Showing ${expected} of ${credits.cast.length + credits.crew.length} entries matching “PARK”. Clear filter`,
    );
    expect(await season.robots()).toContain("noindex");
    expect(await season.clearFilterLink()).toBe(
      `/tv/${seriesId}-generated-series-${seriesId}/season/1?language=fr-FR&as_of=${asOf}`,
    );
  });
});
