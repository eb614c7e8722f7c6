import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { describeViolations, findViolations } from "../support/axe";
import { launchChromium } from "../support/browser";
import { writeCrowdedSeries } from "../support/crowded-series";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { DashboardPage } from "./pages/dashboard-page";

// Series of this file's own: one stored with departments large enough to
// collapse, one TMDB fails for, one TMDB does not have.
const stored = 901310;
const failing = 901311;
const missing = 901399;

const season = `/tv/${stored}/season/1`;

const publicPages: [string, string][] = [
  ["the home page", "/"],
  ["a season page", season],
  ["a filtered season page", `${season}?q=a`],
  ["a season page in a second language", `${season}?language=ko-KR`],
  ["a series page", `/tv/${stored}`],
  ["a season's history", `${season}/history`],
  ["a season's diff", `${season}/diff`],
  ["the sign-in page", "/signin"],
  ["the page-not-found page", "/no-such-page"],
  ["a season TMDB does not have", `/tv/${missing}/season/1`],
  ["a person TMDB does not have", "/person/2147483000"],
];

describe.each(["light", "dark"] as const)(
  "accessibility in the %s colour scheme",
  (colorScheme) => {
    let browser: Browser;
    let context: BrowserContext;
    let personPath: string;

    // axe arrives as an inline script, which the site's CSP would refuse.
    const open = async (path: string, on?: Page) => {
      const page = on ?? (await context.newPage());
      await page.emulateMedia({ colorScheme });
      await page.goto(`${inject("siteUrl")}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      return page;
    };

    // Folded lists are opened first, so that axe sees every entry.
    const expectNoViolations = async (page: Page) => {
      await page
        .locator("details")
        .evaluateAll((all) =>
          all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
        );
      const violations = await findViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    };

    beforeAll(async () => {
      const credits = writeCrowdedSeries(inject("fixturesDir"), stored, {
        cast: 20,
        crew: 80,
      });
      writeCrowdedSeries(inject("fixturesDir"), failing, { cast: 2, crew: 2 });
      personPath = `/person/${credits.cast[0]!.id}`;
      browser = await launchChromium();
      context = await browser.newContext({ bypassCSP: true });
      // Stored in two languages, so that pages offer a switch between them.
      await (await open(season)).close();
      await (await open(`${season}?language=ko-KR`)).close();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it.each(publicPages)("finds no violations on %s", async (_, path) => {
      await expectNoViolations(await open(path));
    });

    it("finds no violations on a person page", async () => {
      await expectNoViolations(await open(personPath));
    });

    it("finds no violations on the page saying TMDB is unavailable", async () => {
      const tmdb = fakeTmdbControl(inject("fakeTmdbUrl"));
      await tmdb.addFault({
        path: `/3/tv/${failing}/season/1/aggregate_credits`,
        status: 503,
      });

      try {
        const page = await open(`/tv/${failing}/season/1`);
        expect(await page.content()).toContain("TMDB is unavailable");
        await expectNoViolations(page);
      } finally {
        await tmdb.clearFaults();
      }
    });

    it("finds no violations on the dashboard, signed in", async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      const dashboard = new DashboardPage(page, inject("siteUrl"));
      await dashboard.signIn(DEFAULT_TOKEN);
      await dashboard.addSeason(stored, 1);

      expect(dashboard.path()).toBe("/dashboard");
      await expectNoViolations(page);
    });
  },
);
