import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTmdb, type FakeTmdb } from "../fake-tmdb/server";
import { DEFAULT_TOKEN, makeToken } from "../fake-tmdb/token";
import { launchChromium } from "../support/browser";
import { fixturesDir } from "../support/fixtures";
import { startNextServer, type NextServer } from "../support/next-server";
import { DashboardPage } from "./pages/dashboard-page";

// Who may do what: every signed-in page and action tried anonymously, by
// the owner, and by another user. Actions take the user from the session,
// never from the form, so another user's attempt can only reach their own
// data; these tests check that it does not reach the owner's.

const tokenA = DEFAULT_TOKEN;
const tokenB = makeToken("65f0ca57109fa4e7de0000b2");
const seasonName = "Squid Game: Season 2";
const seasonPage = "/tv/93405-squid-game/season/2";

describe("authorization", () => {
  let tmdb: FakeTmdb;
  let site: NextServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function visitor(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  }

  async function user(token: string) {
    const page = await visitor();
    const dashboard = new DashboardPage(page, site.url);
    await dashboard.signIn(token);
    return { page, dashboard };
  }

  async function landsOn(page: Page, path: string) {
    await page.goto(`${site.url}${path}`);
    return `${new URL(page.url()).pathname}${new URL(page.url()).search}`;
  }

  /** Submits a form by its button and waits for the action's answer. */
  async function click(page: Page, name: string) {
    const posted = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name, exact: true }).first().click();
    await posted;
    await page.waitForLoadState();
  }

  const feedUrl = (page: Page) => page.locator("#feed-url").inputValue();

  beforeAll(async () => {
    tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir,
      tokens: [tokenA, tokenB],
    });
    site = await startNextServer({
      TMDB_API_URL: tmdb.url,
      TMDB_TOKEN: tokenA,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await site?.stop();
    await tmdb?.close();
  });

  describe("anonymously", () => {
    it("sends the dashboard and settings to sign-in", async () => {
      const page = await visitor();

      expect(await landsOn(page, "/dashboard")).toBe(
        "/signin?next=%2Fdashboard",
      );
      expect(await landsOn(page, "/settings")).toBe("/signin?next=%2Fsettings");
    });

    it("sends Track on a season page to sign-in, tracking nothing", async () => {
      const page = await visitor();
      await page.goto(`${site.url}${seasonPage}`);

      await click(page, "Track this season");
      await page.waitForURL((url) => url.pathname === "/signin");

      expect(new URL(page.url()).searchParams.get("next")).toBe(seasonPage);
    });

    it("cannot post a form from another site", async () => {
      const form = new FormData();
      form.set("confirm", "yes");

      for (const path of ["/settings", "/dashboard", seasonPage]) {
        const response = await fetch(`${site.url}${path}`, {
          method: "POST",
          body: form,
          headers: { origin: "https://elsewhere.example" },
          redirect: "manual",
        });

        expect(response.status, path).toBe(403);
        expect(await response.json()).toMatchObject({
          error: "cross_site_request",
        });
      }
    });

    it("gets a plain 404 for a feed address it guessed", async () => {
      const response = await fetch(`${site.url}/feeds/guessed-key.xml`);

      expect(response.status).toBe(404);
    });
  });

  describe("as the owner and as another user", () => {
    let a: Awaited<ReturnType<typeof user>>;
    let b: Awaited<ReturnType<typeof user>>;
    let feedOfA = "";

    beforeAll(async () => {
      a = await user(tokenA);
      await a.dashboard.addSeason(93405, 2);
      feedOfA = await feedUrl(a.page);
      b = await user(tokenB);
    });

    it("shows each user only their own tracking and feed", async () => {
      expect(await a.dashboard.row(seasonName).count()).toBe(1);
      expect(await b.dashboard.row(seasonName).count()).toBe(0);
      expect(await feedUrl(b.page)).not.toBe(feedOfA);
    });

    it("shows each user only their own token in settings", async () => {
      await b.page.goto(`${site.url}/settings`);

      expect(await b.page.locator("main").innerText()).toContain(
        tokenB.slice(-4),
      );
      expect(await b.page.locator("main").innerText()).not.toContain(
        tokenA.slice(-4),
      );
    });

    it("lets another user's untrack touch only their own tracking", async () => {
      await b.page.goto(`${site.url}${seasonPage}`);
      await click(b.page, "Track this season");
      await click(b.page, "Untrack");
      await a.dashboard.open();

      expect(await a.dashboard.row(seasonName).count()).toBe(1);
    });

    it("lets another user's feed regeneration leave the owner's feed working", async () => {
      await b.dashboard.open();
      await click(b.page, "Give the feed a new address");

      expect((await fetch(feedOfA)).status).toBe(200);
    });

    it("lets another user sign out everywhere and delete their account without touching the owner", async () => {
      await b.page.goto(`${site.url}/settings`);
      await click(b.page, "Sign out everywhere");
      expect(await landsOn(b.page, "/dashboard")).toBe(
        "/signin?next=%2Fdashboard",
      );
      b = await user(tokenB);
      await b.page.goto(`${site.url}/settings`);
      await b.page.getByRole("checkbox").check();
      await click(b.page, "Delete account");

      expect(await landsOn(a.page, "/dashboard")).toBe("/dashboard");
      expect(await a.dashboard.row(seasonName).count()).toBe(1);
    });

    it("ends the owner's other sessions when they sign out everywhere", async () => {
      const elsewhere = await user(tokenA);
      await a.page.goto(`${site.url}/settings`);

      await click(a.page, "Sign out everywhere");

      expect(await landsOn(elsewhere.page, "/settings")).toBe(
        "/signin?next=%2Fsettings",
      );
    });
  });
});
