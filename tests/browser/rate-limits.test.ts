import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeToken, DEFAULT_TOKEN } from "../fake-tmdb/token";
import { launchChromium } from "../support/browser";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { startNextServer, type NextServer } from "../support/next-server";
import { withinOneMinute } from "../support/request-times";
import { writeSmallSeries } from "../support/small-series";

const series = { id: 900703, name: "Rate Limited Views" };
const canonical = (n: number) => `/tv/900703-rate-limited-views/season/${n}`;
const api = (n: number) => `/api/tv/900703/season/${n}/aggregate_credits`;
const creditsPath = "/3/tv/900703/season/1/aggregate_credits";

describe("a site allowing two fetches from TMDB a minute per address", () => {
  let site: NextServer;
  let browser: Browser;
  const tmdb = () => fakeTmdbControl(inject("fakeTmdbUrl"));
  const get = (path: string) =>
    fetch(`${site.url}${path}`, { redirect: "manual" });

  beforeAll(async () => {
    writeSmallSeries(inject("fixturesDir"), series, [1, 2, 3]);
    [site, browser] = await Promise.all([
      startNextServer({
        TMDB_API_URL: inject("fakeTmdbUrl"),
        TMDB_TOKEN: DEFAULT_TOKEN,
        CREDITS_MAX_AGE_SECONDS: "0",
        RATE_LIMIT_IP_PER_MINUTE: "2",
      }),
      launchChromium(),
    ]);
    await withinOneMinute(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it("serves what is stored, or says to wait, once the fetches are used up", async () => {
    const before = (await tmdb().requestCounts()).byPath[creditsPath] ?? 0;

    const first = await get(canonical(1));
    const second = await get(api(1));
    const stored = await get(canonical(1));
    const storedHtml = await stored.text();
    const unstoredApi = await get(api(2));
    const unstoredPage = await get(canonical(3));
    const unstoredHtml = await unstoredPage.text();
    const after = (await tmdb().requestCounts()).byPath[creditsPath] ?? 0;

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(after - before).toBe(2);
    expect(stored.status).toBe(200);
    expect(storedHtml).toContain("Person 90070310");
    expect(storedHtml).toContain("Rate limited");
    expect(unstoredApi.status).toBe(429);
    expect(Number(unstoredApi.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(unstoredApi.headers.get("retry-after"))).toBeLessThan(61);
    expect(await unstoredApi.json()).toMatchObject({ status_code: 25 });
    expect(unstoredHtml).toContain("Too many requests");
    expect(unstoredHtml).toContain('name="robots" content="noindex"');
  });

  it("refuses a third sign-in attempt in a minute with a message", async () => {
    const page = await browser.newPage();
    const unknownToken = makeToken("65f0ca57109fa4e7de0000ee");
    const messages: string[] = [];

    for (let attempt = 0; attempt < 3; attempt++) {
      await page.goto(`${site.url}/signin`);
      await page.fill("#token", unknownToken);
      await Promise.all([
        page.waitForURL(/error=/),
        page.click("button[type=submit]"),
      ]);
      messages.push(new URL(page.url()).searchParams.get("error") ?? "");
    }
    const alert = await page.textContent("[role=alert]");
    await page.close();

    expect(messages).toEqual(["rejected", "rejected", "rate_limited"]);
    expect(alert).toContain("Too many attempts");
  });
});
