import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { writeFixture } from "../support/fixtures";
import {
  smallCastId,
  smallSeasonCredits,
  writeSmallSeries,
} from "../support/small-series";
import { PageHead } from "./pages/page-head";

const lantern = { id: 901150, name: "Lantern Street" };
const seasonOne = "/tv/901150-lantern-street/season/1";
const series = "/tv/901150-lantern-street";
const lead = smallCastId(lantern, 1, 0);
const director = smallCastId(lantern, 1, 9);
// A character name that would end the JSON-LD script if left unescaped.
const trickyCharacter = "</script><b>Lamplighter</b>";

/** Season 1 with a character name no page may let through as markup. */
function seasonOneCredits() {
  const credits = smallSeasonCredits(lantern, 1, 3);
  credits.cast[0]!.roles[0]!.character = trickyCharacter;
  return credits;
}

type Json = Record<string, unknown>;

describe("what castlog's pages tell search engines", () => {
  let browser: Browser;
  let page: Page;
  let head: PageHead;
  const siteUrl = inject("siteUrl");
  // Canonical addresses are built from SITE_URL, which defaults to
  // localhost on the server's port.
  const origin = `http://localhost:${new URL(siteUrl).port}`;

  beforeAll(async () => {
    const fixtures = inject("fixturesDir");
    writeSmallSeries(fixtures, lantern, [1, 2]);
    writeFixture(
      fixtures,
      "tv/901150/season/1/aggregate_credits",
      seasonOneCredits(),
    );
    writeFixture(
      fixtures,
      "tv/901150/season/1/aggregate_credits.ko-KR",
      seasonOneCredits(),
    );

    browser = await launchChromium();
    page = await browser.newPage();
    head = new PageHead(page, siteUrl);
    for (const path of ["/tv/901150/season/1", "/tv/901150/season/2"]) {
      expect((await head.open(path))?.status()).toBe(200);
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The tags every public page carries, checked against its own. */
  async function expectSharedTags(title: string, canonicalPath: string) {
    const description = await head.meta("description");

    expect(await head.title()).toBe(`${title} · castlog`);
    expect(description?.length).toBeGreaterThan(40);
    expect(await head.canonical()).toBe(`${origin}${canonicalPath}`);
    expect(await head.meta("og:title")).toBe(title);
    expect(await head.meta("og:description")).toBe(description);
    expect(await head.meta("og:url")).toBe(`${origin}${canonicalPath}`);
    expect(await head.meta("og:type")).toBe("website");
    expect(await head.meta("og:site_name")).toBe("castlog");
    expect(await head.meta("twitter:title")).toBe(title);
    expect(await head.meta("twitter:description")).toBe(description);
  }

  it("titles and describes a season page, with a large shared picture", async () => {
    await head.open(seasonOne);

    await expectSharedTags(
      "Lantern Street: Season 1, full cast & crew",
      seasonOne,
    );
    expect(await head.meta("description")).toMatch(
      /^Full cast & crew of Lantern Street: Season 1/,
    );
    expect(await head.meta("robots")).toBeNull();
    expect(await head.meta("twitter:card")).toBe("summary_large_image");
    expect(await head.meta("og:image")).toMatch(
      new RegExp(`^${origin}${seasonOne}/opengraph-image\\?`),
    );
    expect(await head.meta("twitter:image")).toBe(await head.meta("og:image"));
  });

  it("draws the shared picture from stored credits alone, as a PNG", async () => {
    await head.open(seasonOne);
    const image = new URL((await head.meta("og:image"))!);
    const tmdb = fakeTmdbControl(inject("fakeTmdbUrl"));
    const before = await tmdb.requestCounts();

    const stored = await fetch(`${siteUrl}${image.pathname}${image.search}`);
    const unknown = await fetch(
      `${siteUrl}/tv/901199/season/4/opengraph-image`,
    );

    for (const response of [stored, unknown]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    }
    expect((await tmdb.requestCounts()).total).toBe(before.total);
  });

  it("describes a season as a TVSeason with its cast and crew", async () => {
    await head.open(seasonOne);
    const [season, ...others] = await head.jsonLd();
    const actors = season!.actor as Json[];

    expect(others).toEqual([]);
    expect(season).toMatchObject({
      "@context": "https://schema.org",
      "@type": "TVSeason",
      name: "Season 1",
      seasonNumber: 1,
      url: `${origin}${seasonOne}`,
      partOfSeries: {
        "@type": "TVSeries",
        name: "Lantern Street",
        url: `${origin}${series}`,
      },
    });
    expect(actors).toHaveLength(3);
    expect(actors[0]).toEqual({
      "@type": "PerformanceRole",
      characterName: trickyCharacter,
      actor: {
        "@type": "Person",
        name: `Person ${lead}`,
        url: `${origin}/person/${lead}`,
        sameAs: `https://www.themoviedb.org/person/${lead}`,
      },
    });
    expect(season!.director).toEqual([
      expect.objectContaining({
        "@type": "Person",
        name: `Person ${director}`,
      }),
    ]);
    // The name stayed text: no element was made of it.
    expect(await page.locator("b", { hasText: "Lamplighter" }).count()).toBe(0);
  });

  it("names each stored language of a season as an alternate", async () => {
    await head.open(seasonOne);
    expect(await head.alternates()).toEqual([
      { hreflang: "en-US", href: `${origin}${seasonOne}` },
      { hreflang: "x-default", href: `${origin}${seasonOne}` },
    ]);

    await head.open(`${seasonOne}?language=ko-KR`);
    await head.open(seasonOne);

    expect(await head.alternates()).toEqual([
      { hreflang: "en-US", href: `${origin}${seasonOne}` },
      { hreflang: "ko-KR", href: `${origin}${seasonOne}?language=ko-KR` },
      { hreflang: "x-default", href: `${origin}${seasonOne}` },
    ]);
  });

  it("keeps a season as of a moment out of the index", async () => {
    await head.open(`${seasonOne}?as_of=${new Date().toISOString()}`);

    expect(await head.meta("robots")).toBe("noindex");
    expect(await head.canonical()).toBe(`${origin}${seasonOne}`);
  });

  it("describes a series as a TVSeries with its seasons", async () => {
    await head.open(series);

    await expectSharedTags("Lantern Street: cast & crew by season", series);
    expect(await head.meta("twitter:card")).toBe("summary");
    const [data] = await head.jsonLd();
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "TVSeries",
      name: "Lantern Street",
      url: `${origin}${series}`,
      containsSeason: [
        { "@type": "TVSeason", seasonNumber: 1, url: `${origin}${seasonOne}` },
        { "@type": "TVSeason", seasonNumber: 2 },
      ],
    });
  });

  it("describes a person as a Person", async () => {
    await head.open(`/person/${lead}`);

    await expectSharedTags(`Person ${lead}: TV credits`, `/person/${lead}`);
    expect(await head.jsonLd()).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "Person",
        name: `Person ${lead}`,
        url: `${origin}/person/${lead}`,
        sameAs: `https://www.themoviedb.org/person/${lead}`,
      },
    ]);
  });

  it("titles the history, diff, overlap, privacy and sign-in pages", async () => {
    const pages = [
      [
        `${seasonOne}/history`,
        "Lantern Street: Season 1, history of the credits",
        null,
      ],
      [
        `${seasonOne}/diff`,
        "Lantern Street: Season 1, what changed in the credits",
        "noindex",
      ],
      [
        `${series}/overlap?with=901199`,
        "People in Lantern Street and another series",
        "noindex",
      ],
      ["/privacy", "Privacy", null],
      ["/signin", "Sign in", "noindex"],
    ] as const;

    for (const [path, title, robots] of pages) {
      await head.open(path);
      const canonical = path.startsWith(`${series}/overlap`)
        ? `${series}/overlap`
        : path;
      await expectSharedTags(title, canonical);
      expect(await head.meta("robots")).toBe(robots);
    }
  });

  it("lists stored series, seasons and people in the sitemap", async () => {
    await head.open(`${seasonOne}?language=ko-KR`);
    const response = await fetch(`${siteUrl}/sitemap/0.xml`);
    const xml = await response.text();
    const entry = (path: string) =>
      new RegExp(
        `<url>\\s*<loc>${origin}${path.replace(/[?]/g, "\\?")}</loc>\\s*` +
          `<lastmod>\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z</lastmod>`,
      );

    expect(response.headers.get("content-type")).toBe("application/xml");
    expect(xml).toMatch(entry(series));
    expect(xml).toMatch(entry(seasonOne));
    expect(xml).toMatch(entry(`${seasonOne}?language=ko-KR`));
    expect(xml).toMatch(entry(`${series}/season/2`));
    expect(xml).toMatch(entry(`/person/${lead}`));
    expect((await fetch(`${siteUrl}/sitemap/1.xml`)).status).toBe(404);
  });

  it("names the sitemap in robots.txt and keeps private pages out", async () => {
    const robots = await (await fetch(`${siteUrl}/robots.txt`)).text();
    const lines = robots.split("\n");

    expect(lines).toContain("Allow: /");
    for (const path of [
      "/dashboard",
      "/settings",
      "/signin",
      "/api/",
      "/feeds/",
    ]) {
      expect(lines).toContain(`Disallow: ${path}`);
    }
    expect(lines).toContain(`Sitemap: ${origin}/sitemap/0.xml`);
  });
});
