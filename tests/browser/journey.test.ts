import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/browser";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { writeFixture } from "../support/fixtures";
import {
  smallCastId,
  smallSeasonCredits,
  writeSmallSeries,
  type SmallSeries,
} from "../support/small-series";
import { DiffPage } from "./pages/diff-page";
import { HistoryPage } from "./pages/history-page";
import { HomePage } from "./pages/home-page";
import { PageHead } from "./pages/page-head";
import { PersonPage } from "./pages/person-page";
import { SeasonPage } from "./pages/season-page";
import { SeriesPage } from "./pages/series-page";

// Series of this file's own. Lantern Quay's first season has characters
// of its own in English and in Korean, so that a change of language shows.
const lantern: SmallSeries = { id: 901500, name: "Lantern Quay" };
const harbour: SmallSeries = { id: 901501, name: "Quiet Harbour" };
const seriesPath = "/tv/901500-lantern-quay";
const seasonPath = `${seriesPath}/season/1`;
const characters = {
  "en-US": ["Harbour Master", "Ferry Pilot", "Night Watchman", "Lamplighter"],
  "ko-KR": ["항만장", "도선사", "야간 경비원", "점등원"],
};
const castName = (index: number) => `Person ${smallCastId(lantern, 1, index)}`;

/** Season 1 with `cast` people, their characters in `language`. */
function writeLanternSeason(
  fixtures: string,
  cast: number,
  language: keyof typeof characters,
) {
  const credits = smallSeasonCredits(lantern, 1, cast);
  credits.cast.forEach((member, i) => {
    member.roles[0]!.character = characters[language][i]!;
  });
  const suffix = language === "en-US" ? "" : `.${language}`;
  writeFixture(
    fixtures,
    `tv/${lantern.id}/season/1/aggregate_credits${suffix}`,
    credits,
  );
}

describe("a reader's journey through castlog in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const site = () => inject("siteUrl");

  beforeAll(async () => {
    const fixtures = inject("fixturesDir");
    writeSmallSeries(fixtures, lantern, [1, 2]);
    writeSmallSeries(fixtures, harbour, [1]);
    writeLanternSeason(fixtures, 3, "en-US");
    writeLanternSeason(fixtures, 4, "ko-KR");
    browser = await launchChromium();
    page = await browser.newPage();

    // Seeded through real fetches: the site refetches on every view, so
    // two views around a change store two versions.
    const season = new SeasonPage(page, site());
    await season.open(`/tv/${lantern.id}/season/1`);
    writeLanternSeason(fixtures, 4, "en-US");
    await season.open(seasonPath);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("leads from the home page through series, season and history to a person", async () => {
    const home = new HomePage(page, site());
    await home.open();
    await home.search("lantern quay");
    expect(await home.results("Series on castlog")).toEqual([lantern.name]);

    await home.openResult("Series on castlog", lantern.name);
    const series = new SeriesPage(page, site());
    expect(series.path()).toBe(seriesPath);
    expect(await series.heading()).toBe(lantern.name);
    expect(await series.seasons()).toEqual([
      { name: "Season 1", status: "stored" },
      { name: "Season 2", status: "not yet stored" },
    ]);

    // Prefetching the link to a season not stored yet must not fetch it.
    await page.waitForLoadState("networkidle");
    const tmdb = fakeTmdbControl(inject("fakeTmdbUrl"));
    const unstored = `/3/tv/${lantern.id}/season/2/aggregate_credits`;
    expect((await tmdb.requestCounts()).byPath[unstored]).toBeUndefined();

    await series.followLink("Season 1", seasonPath);
    const season = new SeasonPage(page, site());
    expect(await season.heading()).toBe("Lantern Quay: Season 1");
    expect(await season.cast()).toEqual(
      characters["en-US"].map((character, i) => ({
        name: castName(i),
        roles: [expect.stringMatching(new RegExp(`^${character} · `))],
      })),
    );

    await season.followLink("History");
    const history = new HistoryPage(page, site());
    expect(history.path()).toBe(`${seasonPath}/history`);
    expect(await history.heading()).toBe("Lantern Quay: Season 1, history");
    expect((await history.versions()).map((v) => v.summary)).toEqual([
      "1 joined",
      expect.any(String),
    ]);

    await history.openDiff(0);
    const diff = new DiffPage(page, site());
    expect(await diff.heading()).toBe("Lantern Quay: Season 1, what changed");

    await diff.openPerson(castName(3));
    const person = new PersonPage(page, site());
    expect(person.path()).toBe(`/person/${smallCastId(lantern, 1, 3)}`);
    expect(await person.heading()).toBe(castName(3));
    const [credits] = await person.series();
    expect(credits).toMatchObject({
      name: lantern.name,
      seasons: [
        {
          label: "Season 1",
          entries: [expect.stringContaining("Lamplighter")],
        },
      ],
    });
  });

  it("asks for the season in another language, switches, and switches back", async () => {
    const season = new SeasonPage(page, site());
    const head = new PageHead(page, site());
    const origin = `http://localhost:${new URL(site()).port}`;
    await season.open(seasonPath);
    expect(await season.languages()).toEqual([
      {
        name: "English (United States)",
        href: seasonPath,
        hreflang: "en-US",
        lang: "en-US",
        current: "page",
      },
    ]);

    // The browser refuses a malformed code before asking the server.
    expect(await season.askForLanguage("korean")).toBe(false);
    expect(await season.askForLanguage("ko-KR")).toBe(true);

    const korean = `${seasonPath}?language=ko-KR`;
    expect(`${season.path()}?${season.search()}`).toBe(korean);
    expect((await season.cast()).map((c) => c.roles[0])).toEqual(
      characters["ko-KR"].map((c) => expect.stringMatching(`^${c} · `)),
    );
    expect(await season.languages()).toEqual([
      expect.objectContaining({ hreflang: "en-US", current: null }),
      {
        name: "한국어(대한민국)",
        href: korean,
        hreflang: "ko-KR",
        lang: "ko-KR",
        current: "page",
      },
    ]);
    // The first view in a language stores it; the head names it from the
    // next view on.
    await season.open(korean);
    expect(await head.alternates()).toEqual([
      { hreflang: "en-US", href: `${origin}${seasonPath}` },
      { hreflang: "ko-KR", href: `${origin}${korean}` },
      { hreflang: "x-default", href: `${origin}${seasonPath}` },
    ]);
    expect(await head.canonical()).toBe(`${origin}${korean}`);

    await season.switchLanguage("English (United States)");

    expect(page.url()).toBe(`${site()}${seasonPath}`);
    expect((await season.cast()).map((c) => c.roles[0])).toEqual(
      characters["en-US"].map((c) => expect.stringMatching(`^${c} · `)),
    );
    expect((await season.languages()).map((l) => l.current)).toEqual([
      "page",
      null,
    ]);
  });

  it("offers the series in each language a season is stored in", async () => {
    const series = new SeriesPage(page, site());
    await series.open(seriesPath);

    await series.switchLanguage("한국어(대한민국)");

    expect(series.search().get("language")).toBe("ko-KR");
    expect(await series.matrixHeadings()).toContain("S1");
    expect((await series.languages()).map((l) => l.current)).toEqual([
      null,
      "page",
    ]);
  });

  it("answers a malformed language with the page-not-found page", async () => {
    const response = await page.goto(`${site()}${seasonPath}?language=korean`);

    expect(response?.status()).toBe(404);
  });

  it("tells a reader what the rate limits keep about them, and for how long", async () => {
    await page.goto(`${site()}/privacy`);
    const text = await page.getByRole("main").innerText();

    // This site is not behind a trusted proxy (TRUST_PROXY=0).
    expect(text).toMatch(/a count of those actions per minute/);
    expect(text).toMatch(/under your castlog user id/);
    expect(text).toMatch(/not told visitors' addresses, and stores none/);
    expect(text).not.toMatch(/IP address/);
    expect(text).toMatch(/a count lasts about two minutes at most/);
  });

  describe("without JavaScript", () => {
    let context: BrowserContext;
    let season: SeasonPage;

    beforeAll(async () => {
      context = await browser.newContext({ javaScriptEnabled: false });
      season = new SeasonPage(await context.newPage(), site());
    });

    afterAll(async () => {
      await context?.close();
    });

    it("filters the cast and crew by name", async () => {
      await season.open(seasonPath);

      await season.filterBy(castName(1));

      expect(season.search().get("q")).toBe(castName(1));
      expect(await season.filterStatus()).toMatch(/^Showing 1 of 5 entries/);
      expect(await season.allEntries()).toEqual([
        expect.stringContaining("Ferry Pilot"),
      ]);
    });

    it("filters the cast and crew by character, in the language shown", async () => {
      await season.open(`${seasonPath}?language=ko-KR`);

      await season.filterBy("경비원");

      expect(season.search().get("language")).toBe("ko-KR");
      expect(await season.filterStatus()).toMatch(/^Showing 1 of 5 entries/);
      expect(await season.allEntries()).toEqual([
        expect.stringContaining(castName(2)),
      ]);
      expect(await season.clearFilterLink()).toBe(
        `${seasonPath}?language=ko-KR`,
      );
    });

    it("switches language keeping the filter", async () => {
      await season.open(`${seasonPath}?q=${encodeURIComponent(castName(2))}`);

      await season.switchLanguage("한국어(대한민국)");

      expect(season.search().get("language")).toBe("ko-KR");
      expect(season.search().get("q")).toBe(castName(2));
      expect(await season.allEntries()).toEqual([
        expect.stringContaining("야간 경비원"),
      ]);
    });
  });

  it("titles a season's first view from the series it stores, fetching each once", async () => {
    const tmdb = fakeTmdbControl(inject("fakeTmdbUrl"));
    const paths = [
      `/3/tv/${harbour.id}`,
      `/3/tv/${harbour.id}/season/1/aggregate_credits`,
    ];
    const counts = async () => {
      const { byPath } = await tmdb.requestCounts();
      return paths.map((path) => byPath[path] ?? 0);
    };
    const before = await counts();
    const head = new PageHead(page, site());

    const response = await head.open("/tv/901501-quiet-harbour/season/1");

    expect(response?.status()).toBe(200);
    expect(await head.title()).toBe(
      "Quiet Harbour: Season 1, full cast & crew · castlog",
    );
    expect(await head.meta("og:title")).toBe(
      "Quiet Harbour: Season 1, full cast & crew",
    );
    expect(await counts()).toEqual(before.map((n) => n + 1));
  });
});
