import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { launchChromium } from "../support/browser";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { writeSmallSeason, writeSmallSeries } from "../support/small-series";
import { DashboardPage } from "./pages/dashboard-page";

// A series of its own, so that no other file's fixtures change.
const series = { id: 900530, name: "Dashboard Drama" };
const season = "Dashboard Drama: Season 1";

describe("the dashboard in Chromium", () => {
  let browser: Browser;
  let dashboard: DashboardPage;

  beforeAll(async () => {
    writeSmallSeries(inject("fixturesDir"), series, [1]);
    browser = await launchChromium();
    dashboard = new DashboardPage(await browser.newPage(), inject("siteUrl"));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("signs in with a TMDB token and lands on the dashboard", async () => {
    await dashboard.signIn(DEFAULT_TOKEN);

    expect(dashboard.path()).toBe("/dashboard");
    expect(await dashboard.heading()).toBe("Dashboard");
  });

  it("tracks a season added by its series id and season number", async () => {
    await dashboard.addSeason(series.id, 1);

    expect(dashboard.search().get("done")).toBe("tracked");
    const [checked, changed, changes] = await dashboard.cells(season);
    expect(checked).toMatch(/\d{4}, \d\d:\d\d UTC/);
    expect(changed).toMatch(/\d{4}, \d\d:\d\d UTC/);
    expect(changes).toMatch(/^None since/);
  });

  it("shows what changed after Refresh now fetches changed credits", async () => {
    writeSmallSeason(inject("fixturesDir"), series, 1, 5);

    await dashboard.refreshNow(season);

    expect(await dashboard.notices()).toContain("Fetched from TMDB just now.");
    const [, , changes] = await dashboard.cells(season);
    expect(changes).toMatch(/^2 changes since/);
    expect(await dashboard.changesLink(season)).toMatch(
      /^\/tv\/900530-dashboard-drama\/season\/1\/diff\?from=\d{4}-/,
    );
  });

  it("asks for a new token when TMDB rejects it on Refresh now", async () => {
    const control = fakeTmdbControl(inject("fakeTmdbUrl"));
    await control.addFault({
      path: `/3/tv/${series.id}/season/1/aggregate_credits`,
      status: 401,
      times: 1,
    });

    await dashboard.refreshNow(season);

    expect(dashboard.search().get("error")).toBe("token_rejected");
    expect(await dashboard.tokenWarning()).toMatch(/no longer accepts/);
    expect(await dashboard.settingsLinkInWarning()).toBe("/settings");
    const [, , changes] = await dashboard.cells(season);
    expect(changes).toMatch(/^2 changes since/);
  });

  it("signs out from settings, after which the dashboard asks to sign in", async () => {
    await dashboard.signOutFromSettings();
    await dashboard.open();

    expect(dashboard.path()).toBe("/signin");
    expect(dashboard.search().get("next")).toBe("/dashboard");
  });
});
