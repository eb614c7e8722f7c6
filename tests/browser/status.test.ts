import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { fakeTmdbControl } from "../support/fake-tmdb-control";

const site = () => inject("siteUrl");
const tmdb = () => fakeTmdbControl(inject("fakeTmdbUrl"));
const season2 = "/3/tv/93405/season/2/aggregate_credits";

const get = (url: string) => fetch(url, { redirect: "manual" });

async function page(url: string) {
  const response = await get(url);
  return { status: response.status, html: await response.text(), response };
}

// Once the series is stored, other forms of its address redirect, so the
// tests below use the canonical one.
describe("status codes of the season page", () => {
  beforeAll(async () => {
    // Stores season 2 so that later tests have history to fall back on.
    expect((await get(`${site()}/tv/93405-squid-game/season/2`)).status).toBe(
      200,
    );
  });

  afterEach(async () => {
    await tmdb().clearFaults();
  });

  it("answers 404 to a malformed id, season or language", async () => {
    for (const path of [
      "/tv/abc/season/2",
      "/tv/93405/season/two",
      "/tv/93405/season/-1",
      "/tv/93405/season/2?language=english",
      "/tv/93405/season/2?language=english&as_of=2025-01-31",
      "/tv/93405/season/2?as_of=yesterday&language=english",
    ]) {
      expect((await get(`${site()}${path}`)).status, path).toBe(404);
    }
  });

  it("answers 200 with the latest version and a notice when only as_of is malformed", async () => {
    for (const query of [
      "as_of=yesterday",
      "as_of=2026-02-30T99:00:00",
      "as_of=2025-01-31&as_of=2025-02-01",
    ]) {
      const { status, html } = await page(
        `${site()}/tv/93405-squid-game/season/2?${query}`,
      );

      expect(status, query).toBe(200);
      expect(html, query).toContain("parameter was ignored");
      expect(html, query).toContain("Lee Jung-jae");
      expect(html, query).toMatch(/<meta name="robots" content="noindex"/);
    }
  });

  it("answers 404 to an as_of before the first snapshot", async () => {
    const { status } = await page(
      `${site()}/tv/93405-squid-game/season/2?as_of=2001-01-01T00:00:00Z`,
    );

    expect(status).toBe(404);
  });

  it("redirects other forms permanently to the canonical address", async () => {
    for (const path of ["/tv/93405/season/2", "/tv/93405-squid/season/2"]) {
      const response = await get(`${site()}${path}?language=en-US`);

      expect(response.status, path).toBe(308);
      expect(response.headers.get("location")).toBe(
        "/tv/93405-squid-game/season/2",
      );
    }
  });

  it("answers 404 to a season TMDB does not have", async () => {
    const { status, html } = await page(
      `${site()}/tv/93405-squid-game/season/9`,
    );

    expect(status).toBe(404);
    expect(html).toContain("not in castlog yet");
  });

  it("answers 404 with how to add it when nothing is stored and no token is set", async () => {
    const { status, html } = await page(
      `${inject("tokenlessUrl")}/tv/93405/season/2`,
    );

    expect(status).toBe(404);
    expect(html).toContain("This season is not in castlog yet");
    expect(html).toContain("TMDB_TOKEN");
  });

  it("shows the stored snapshot with a notice when TMDB fails", async () => {
    await tmdb().addFault({ path: season2, status: 503 });

    const { status, html } = await page(
      `${site()}/tv/93405-squid-game/season/2`,
    );

    expect(status).toBe(200);
    expect(html).toContain("Could not refresh from TMDB, showing data as of");
    expect(html).toContain("Lee Jung-jae");
  });

  it("shows the history with a notice when TMDB no longer lists the season", async () => {
    await tmdb().addFault({ path: season2, status: 404 });

    const { status, html } = await page(
      `${site()}/tv/93405-squid-game/season/2`,
    );

    expect(status).toBe(200);
    expect(html).toContain("TMDB no longer lists this season");
    expect(html).toContain("Lee Jung-jae");
  });

  it("renders the designed unavailable page, not indexed, when TMDB is down and nothing is stored", async () => {
    await tmdb().addFault({
      path: "/3/tv/93405/season/1/aggregate_credits",
      status: 503,
    });

    const { status, html } = await page(
      `${site()}/tv/93405-squid-game/season/1`,
    );

    expect(status).toBe(200);
    expect(html).toContain("TMDB is unavailable");
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });

  it("streams a loading state while TMDB is slow", async () => {
    const slowPath = "/3/tv/93405/season/3/aggregate_credits";
    await tmdb().addFault({ path: slowPath, delayMs: 1500, status: 404 });

    const response = await get(`${site()}/tv/93405-squid-game/season/3`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let before = "";
    while (!before.includes("Fetching the credits")) {
      const chunk = await reader.read();
      if (chunk.done) break;
      before += decoder.decode(chunk.value);
    }
    let after = "";
    for (let c = await reader.read(); !c.done; c = await reader.read()) {
      after += decoder.decode(c.value);
    }

    expect(response.status).toBe(200);
    expect(before).toContain("Fetching the credits of Season 3 from TMDB");
    expect(before).not.toContain("not in castlog yet");
    expect(after).toContain("not in castlog yet");
    expect(after).toContain('<meta name="robots" content="noindex"');
  });
});
