import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser";
import { servePlaceholderPortraits } from "../support/placeholder-portraits";

// Screenshots are artefacts of the run for people to look at, never
// committed (tests/.tmp/ is ignored).
const screenshotsDir = path.resolve("tests/.tmp/screenshots");

const widths = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
};

const pages = {
  season: "/tv/93405-squid-game/season/2",
  series: "/tv/93405-squid-game",
  // Lee Jung-jae, credited in the season above.
  person: "/person/73249",
};

describe("screenshots of the main pages", () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    browser = await launchChromium();
    // The person page lists what is stored: viewing the season stores it.
    await fetch(`${inject("siteUrl")}${pages.season}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const cases = Object.entries(pages).flatMap(([name, pagePath]) =>
    Object.entries(widths).map(([width, viewport]) => ({
      name,
      pagePath,
      width,
      viewport,
    })),
  );

  it.each(cases)(
    "saves the $name page at $width width",
    async ({ name, pagePath, width, viewport }) => {
      const context = await browser.newContext({ viewport });
      await servePlaceholderPortraits(context);
      const page = await context.newPage();
      const file = path.join(screenshotsDir, `${name}-${width}.png`);

      const response = await page.goto(`${inject("siteUrl")}${pagePath}`, {
        waitUntil: "networkidle",
      });
      await page.screenshot({ path: file, fullPage: true });
      // A page wider than the screen would scroll sideways on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      await context.close();

      expect(response?.status()).toBe(200);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(statSync(file).size).toBeGreaterThan(10_000);
    },
  );
});
