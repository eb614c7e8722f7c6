import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeToken, DEFAULT_TOKEN } from "../fake-tmdb/token";
import { launchChromium } from "../support/browser";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { fetchNextAuthCsrf } from "../support/next-auth";
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

  /** Signs in through next-auth's own endpoint; true when it did. */
  async function signInThroughNextAuth(token: string): Promise<boolean> {
    const { csrfToken, cookie } = await fetchNextAuthCsrf(site.url);

    const response = await fetch(`${site.url}/api/auth/callback/tmdb-token`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, token, json: "true" }),
    });
    return response.headers
      .getSetCookie()
      .some((c) => /session-token=[^;]/.test(c));
  }

  it("refuses sign-in attempts past the minute's allowance, on both paths", async () => {
    await withinOneMinute(20_000);
    const page = await browser.newPage();
    const unknownToken = makeToken("65f0ca57109fa4e7de0000ee");
    const errors: string[] = [];

    const before = await signInThroughNextAuth(DEFAULT_TOKEN);
    for (let attempt = 0; attempt < 2; attempt++) {
      await page.goto(`${site.url}/signin`);
      await page.fill("#token", unknownToken);
      await Promise.all([
        page.waitForURL(/error=/),
        page.click("button[type=submit]"),
      ]);
      errors.push(new URL(page.url()).searchParams.get("error") ?? "");
    }
    const alert = await page.textContent("[role=alert]");
    await page.close();
    const after = await signInThroughNextAuth(DEFAULT_TOKEN);

    expect(before).toBe(true);
    expect(errors).toEqual(["rejected", "rate_limited"]);
    expect(alert).toContain("Too many attempts");
    expect(after).toBe(false);
  });
});
