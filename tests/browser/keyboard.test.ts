import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { writeCrowdedSeries } from "../support/crowded-series";

// A series of this file's own, with a department past the fold.
const seriesId = 901330;

/** What has focus now, and how its outline is drawn. */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: element.textContent?.trim() ?? "",
      outline: { style: style.outlineStyle, width: style.outlineWidth },
      onScreen: box.top >= 0 && box.left >= 0 && box.width > 0,
    };
  });
}

const visibleOutline = {
  style: "solid",
  width: expect.stringMatching(/^[2-9](\.\d+)?px$/),
};

describe("the pages by keyboard in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    writeCrowdedSeries(inject("fixturesDir"), seriesId, { cast: 4, crew: 100 });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reaches the skip link first, shown on screen with an outline", async () => {
    await page.goto(`${inject("siteUrl")}/tv/${seriesId}/season/1`);

    await page.keyboard.press("Tab");

    expect(await describeFocus(page)).toEqual({
      tag: "a",
      text: "Skip to content",
      outline: visibleOutline,
      onScreen: true,
    });
  });

  it("goes on to the site's links, each with a visible outline", async () => {
    await page.keyboard.press("Tab");
    const brand = await describeFocus(page);
    await page.keyboard.press("Tab");
    const dashboard = await describeFocus(page);

    expect(brand).toMatchObject({ text: "castlog", outline: visibleOutline });
    expect(dashboard).toMatchObject({
      text: "Dashboard",
      outline: visibleOutline,
    });
  });

  it("skips to the main content with the skip link", async () => {
    await page.goto(`${inject("siteUrl")}/tv/${seriesId}/season/1`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");

    const focus = await describeFocus(page);
    const inMain = await page.evaluate(() =>
      Boolean(document.activeElement?.closest("main")),
    );
    expect(inMain).toBe(true);
    expect(focus.outline).toEqual(visibleOutline);
  });

  it("opens a folded department from the keyboard", async () => {
    const summary = page.locator("details summary").first();
    await summary.focus();
    expect((await describeFocus(page)).outline).toEqual(visibleOutline);

    await page.keyboard.press("Enter");

    expect(
      await page
        .locator("details")
        .first()
        .evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(true);
  });
});
