import type { Browser } from "playwright-core";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  inject,
  it,
} from "vitest";
import { launchChromium } from "../support/browser";
import {
  getUntil,
  startOutageSite,
  timedGet,
  type OutageSite,
  type TimedAnswer,
} from "../support/outage-site";
import { hasTestPostgres } from "../support/postgres";
import { SeasonPage } from "./pages/season-page";
import { UnavailablePage } from "./pages/unavailable-page";

// A server on a PostgreSQL database of its own, behind a proxy the test
// cuts (the database is down) or blackholes (it accepts connections and
// never answers). Never the shared server itself.
const dbTimeoutMs = 1000;
// No request may take this long: it would be hanging on the database.
const limitMs = 3 * dbTimeoutMs;
const season = "/tv/93405-squid-game/season/2";
const credit = "Lee Jung-jae";
const polling = { attempts: 10, everyMs: 200, limitMs };
// Once the database is back, the first page may open and migrate it and
// fetch from TMDB: slower, but bounded all the same.
const recovering = { attempts: 40, everyMs: 250, limitMs: 15_000 };

const isDesignedUnavailable = (answer: TimedAnswer) =>
  answer.status === 503 &&
  answer.body.includes("castlog is unavailable") &&
  answer.body.includes("reload this page");
const servesCredits = (answer: TimedAnswer) =>
  answer.status === 200 && answer.body.includes(credit);

describe.skipIf(!hasTestPostgres)("a database outage", () => {
  const tmdbUrl = inject("fakeTmdbUrl");
  let outage: OutageSite;
  let browser: Browser;
  const url = (path: string) => `${outage.site.url}${path}`;

  beforeAll(async () => {
    outage = await startOutageSite({ tmdbUrl, dbTimeoutMs });
    browser = await launchChromium();
    expect(servesCredits(await timedGet(url(season), 30_000))).toBe(true);
  });

  afterAll(async () => {
    await browser?.close();
    await outage?.stop();
  });

  // Each test starts with the database back and the season served.
  afterEach(async () => {
    await outage.proxy.restore();
    await getUntil(url(season), servesCredits, recovering);
  });

  it("answers the designed 503 page, and health 503, while the database is down", async () => {
    await outage.proxy.cut();

    const answers = await getUntil(url(season), isDesignedUnavailable, polling);
    const api = await timedGet(
      url("/api/tv/93405/season/2/aggregate_credits"),
      limitMs,
    );
    const health = await timedGet(url("/api/health"), limitMs);

    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(limitMs);
    expect(answers.at(-1)!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(answers.at(-1)!.headers.get("content-security-policy")).toBeTruthy();
    expect(api.status).toBe(503);
    expect(JSON.parse(api.body)).toMatchObject({ error: "unavailable" });
    expect(health.status).toBe(503);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(JSON.parse(health.body)).toMatchObject({
      status: "unavailable",
      database: { ok: false },
    });
    // Nothing about where the database is or what it is called.
    expect(health.body).not.toContain(String(outage.proxy.port));
    expect(health.body).not.toContain("castlog_test_");
  });

  it("serves the season again by itself once the database is back", async () => {
    await outage.proxy.restore();

    const answers = await getUntil(url(season), servesCredits, recovering);
    const health = await timedGet(url("/api/health"), limitMs);

    expect(answers.at(-1)!.status).toBe(200);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({
      status: "ok",
      database: { ok: true },
      tmdb: { ok: true },
    });
  });

  it("answers the designed 503 page without waiting long while the database is silent", async () => {
    outage.proxy.blackhole();

    const answers = await getUntil(url(season), isDesignedUnavailable, polling);
    const health = await timedGet(url("/api/health"), limitMs);

    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(limitMs);
    expect(health.status).toBe(503);
  });

  it("shows a reader the page at the address they asked for, and the season on reload", async () => {
    const page = await browser.newPage();
    const unavailable = new UnavailablePage(page, outage.site.url);
    await outage.proxy.cut();
    await getUntil(url(season), isDesignedUnavailable, polling);

    const loads: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") loads.push(request.url());
    });

    const response = await unavailable.open(season);
    const heading = await unavailable.heading();
    // Nothing on the page may navigate away or reload it by itself.
    await page.waitForTimeout(1000);
    const pathAfterAWhile = unavailable.path();
    const loadsMeanwhile = loads.length;
    const waysBack = await unavailable.waysBack();
    await outage.proxy.restore();
    await getUntil(url(season), servesCredits, recovering);
    await unavailable.reload();

    expect(response?.status()).toBe(503);
    expect(heading).toBe("castlog is unavailable");
    expect(pathAfterAWhile).toBe(season);
    expect(loadsMeanwhile).toBe(1);
    expect(waysBack).toContain("castlog home");
    const cast = await new SeasonPage(page, outage.site.url).cast();
    expect(cast.map((card) => card.name)).toContain(credit);
    await page.close();
  });

  it("keeps the page itself a 404 while the database answers", async () => {
    expect((await timedGet(url("/unavailable"), limitMs)).status).toBe(404);
  });
});

describe.skipIf(!hasTestPostgres)("a start during a database outage", () => {
  const tmdbUrl = inject("fakeTmdbUrl");
  let outage: OutageSite;

  beforeAll(async () => {
    outage = await startOutageSite({ tmdbUrl, dbTimeoutMs, down: true });
  });
  afterAll(() => outage?.stop());

  it("serves 503 until the database is back, then migrates it and serves", async () => {
    const url = (path: string) => `${outage.site.url}${path}`;
    const down = await timedGet(url(season), limitMs);
    const health = await timedGet(url("/api/health"), limitMs);
    await outage.proxy.restore();

    const answers = await getUntil(url(season), servesCredits, recovering);

    expect(isDesignedUnavailable(down)).toBe(true);
    expect(health.status).toBe(503);
    expect(answers.at(-1)!.status).toBe(200);
  });
});
