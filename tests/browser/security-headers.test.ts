import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { launchChromium } from "../support/browser";
import { PolicyViolations } from "../support/policy-violations";
import { writeSmallSeries } from "../support/small-series";
import { DashboardPage } from "./pages/dashboard-page";

// A series of its own, so that tracking it changes no other file's view.
const series = { id: 901400, name: "Header Hollow" };
const squidGameSeason = "/tv/93405-squid-game/season/2";

/** The CSP's directives by name, each with its list of sources. */
function parsePolicy(header: string | null): Map<string, string[]> {
  const directives = (header ?? "").split(";").map((d) => d.trim());
  return new Map(
    directives
      .filter(Boolean)
      .map((d) => d.split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

// This file's site never caches season pages; those the proxy answers
// from memory name their own inline scripts (tests/browser/page-cache).
function expectSecurityHeaders(headers: Headers) {
  const policy = parsePolicy(headers.get("content-security-policy"));

  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy.get("style-src")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "https://image.tmdb.org"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe(
    "strict-origin-when-cross-origin",
  );
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("permissions-policy")).toMatch(/camera=\(\)/);
  // The test build serves plain http, where HSTS must stay off.
  expect(headers.get("strict-transport-security")).toBeNull();
}

describe("security headers", () => {
  const siteUrl = inject("siteUrl");

  it("are sent with a page", async () => {
    const res = await fetch(`${siteUrl}${squidGameSeason}`);

    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it("are sent with an API answer", async () => {
    const res = await fetch(
      `${siteUrl}/api/tv/93405/season/2/aggregate_credits`,
    );

    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it("are sent with the health check, which is never cached", async () => {
    const res = await fetch(`${siteUrl}/api/health`);

    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expectSecurityHeaders(res.headers);
  });

  it("are sent with a static asset", async () => {
    const html = await (await fetch(`${siteUrl}${squidGameSeason}`)).text();
    const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];

    const res = await fetch(`${siteUrl}${asset}`);

    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it("carry the same policy on every response, with no nonce", async () => {
    const policies = await Promise.all(
      [squidGameSeason, squidGameSeason, "/signin"].map(async (path) => {
        const res = await fetch(`${siteUrl}${path}`);
        return res.headers.get("content-security-policy");
      }),
    );

    expect(new Set(policies).size).toBe(1);
    expect(policies[0]).not.toMatch(/nonce-/);
  });
});

describe("the Content-Security-Policy in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let violations: PolicyViolations;

  beforeAll(async () => {
    writeSmallSeries(inject("fixturesDir"), series, [1]);
    browser = await launchChromium();
    page = await browser.newPage();
    violations = await PolicyViolations.watch(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lets the season page load TMDB's portraits and hydrate", async () => {
    await page.goto(`${inject("siteUrl")}${squidGameSeason}`, {
      waitUntil: "networkidle",
    });

    const portraits = violations.requestedUrls.filter((url) =>
      url.startsWith("https://image.tmdb.org/"),
    );
    expect(portraits.length).toBeGreaterThan(0);
    expect(violations.blockedUrls).toEqual([]);
    expect(await page.evaluate(() => "__next_f" in self)).toBe(true);
    expect(violations.reported).toEqual([]);
  });

  it("reports nothing on the series, person and history pages", async () => {
    for (const path of [
      "/tv/93405-squid-game",
      "/person/73249",
      `${squidGameSeason}/history`,
    ]) {
      await page.goto(`${inject("siteUrl")}${path}`, {
        waitUntil: "networkidle",
      });
    }

    expect(violations.blockedUrls).toEqual([]);
    expect(violations.reported).toEqual([]);
  });

  it("lets a page's server action run and redirect", async () => {
    await page.goto(`${inject("siteUrl")}${squidGameSeason}`);

    await page.getByRole("button", { name: "Track this season" }).click();
    await page.waitForURL((url) => url.pathname === "/signin");

    expect(new URL(page.url()).searchParams.get("next")).toBe(squidGameSeason);
    expect(violations.reported).toEqual([]);
  });

  it("lets the sign-in form and the dashboard's actions work", async () => {
    const dashboard = new DashboardPage(page, inject("siteUrl"));

    await dashboard.signIn(DEFAULT_TOKEN);
    await dashboard.addSeason(series.id, 1);
    await dashboard.refreshNow(`${series.name}: Season 1`);

    expect(dashboard.path()).toBe("/dashboard");
    expect(await dashboard.notices()).toContain("Fetched from TMDB just now.");
    expect(violations.reported).toEqual([]);
  });
});
