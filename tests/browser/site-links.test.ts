import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/browser";

const seasonPage = "/tv/93405-squid-game/season/2";

/**
 * Every view castlog offers is one or two clicks from a season page: this
 * walks those links in Chromium, as a reader would.
 */
describe("links from the season page", () => {
  let browser: Browser;
  let page: Page;
  const site = () => inject("siteUrl");

  async function openSeason() {
    await page.goto(`${site()}${seasonPage}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
  }

  async function follow(scope: string, name: string | RegExp) {
    const from = page.url();
    await page
      .getByRole("navigation", { name: scope, exact: true })
      .getByRole("link", { name })
      .first()
      .click();
    await page.waitForURL((url) => url.href !== from);
    return page.getByRole("heading", { level: 1 }).innerText();
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reach the history, and back", async () => {
    await openSeason();

    expect(await follow("This season", "History")).toBe(
      "Squid Game: Season 2, history",
    );
    expect(await follow("Season", "Back to the season")).toBe(
      "Squid Game: Season 2",
    );
  });

  it("reach the latest changes", async () => {
    await openSeason();

    expect(await follow("This season", "Latest changes")).toBe(
      "Squid Game: Season 2, what changed",
    );
    expect(new URL(page.url()).pathname).toBe(`${seasonPage}/diff`);
  });

  it("reach the series page, and from it the overlap form", async () => {
    await openSeason();

    expect(await follow("Seasons", /^All seasons/)).toBe("Squid Game");
    expect(
      await page.getByRole("button", { name: "Find people in both" }).count(),
    ).toBe(1);
  });

  it("reach a person's page from their name", async () => {
    await openSeason();
    await page
      .getByRole("list", { name: "Cast" })
      .getByRole("link", { name: "Lee Jung-jae", exact: true })
      .click();
    await page.waitForURL(/\/person\/73249$/);

    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Lee Jung-jae",
    );
  });

  it("offer the season's feed, which answers Atom", async () => {
    await openSeason();
    const href = await page
      .getByRole("navigation", { name: "This season" })
      .getByRole("link", { name: "Atom feed" })
      .getAttribute("href");
    const response = await fetch(`${site()}${href}`);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(
      "application/atom+xml",
    );
  });
});
