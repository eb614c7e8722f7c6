import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/lib/page-cache/page-policy";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { launchChromium } from "../support/browser";
import { squidGameSeason2 } from "../support/fixtures";
import { PolicyViolations } from "../support/policy-violations";
import { startNextServer, type NextServer } from "../support/next-server";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

/** The script-src sources of a Content-Security-Policy, quotes kept. */
const scriptSources = (policy: string | null) =>
  /script-src ([^;]*)/.exec(policy ?? "")?.[1]?.split(" ") ?? [];

// Long enough for a few views on a busy machine, short enough to wait out.
const freshSeconds = 8;
const seasonPath = "/tv/93405-squid-game/season/2";
const season2 = "tv/93405/season/2/aggregate_credits";

/** A production server on the fake TMDB server, for one describe block. */
function siteWith(env: Record<string, string>) {
  const running = {} as { tmdb: TmdbHarness; site: NextServer };

  beforeAll(async () => {
    running.tmdb = await startTmdbHarness();
    running.site = await startNextServer({
      TMDB_API_URL: running.tmdb.fake.url,
      TMDB_TOKEN: DEFAULT_TOKEN,
      ...env,
    });
  });

  afterAll(async () => {
    await running.site?.stop();
    await running.tmdb?.close();
  });

  return running;
}

describe("cached renders of fresh season pages", () => {
  const running = siteWith({ CREDITS_MAX_AGE_SECONDS: String(freshSeconds) });

  const view = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${running.site.url}${path}`, {
      headers,
      redirect: "manual",
    });
    return {
      status: response.status,
      html: await response.text(),
      cache: response.headers.get("x-castlog-cache"),
      cacheControl: response.headers.get("cache-control"),
      policy: response.headers.get("content-security-policy"),
      etag: response.headers.get("etag"),
    };
  };

  const seasonRequests = async () =>
    (await running.tmdb.fake.requestCounts()).byPath[`/3/${season2}`] ?? 0;

  it("answers repeated anonymous views from one render", async () => {
    const first = await view(seasonPath);
    expect(first.status).toBe(200);
    expect(first.cache).toBeNull();
    expect(first.cacheControl).toBe("public, max-age=0, must-revalidate");
    const fetched = await seasonRequests();

    await view(seasonPath);
    const warm = await view(seasonPath);

    expect(warm.status).toBe(200);
    expect(warm.cache).toBe("HIT");
    // The same policy, but with the page's own scripts for 'unsafe-inline'.
    const hashed = scriptSources(warm.policy).slice(1);
    expect(scriptSources(first.policy)).toEqual(["'self'", "'unsafe-inline'"]);
    expect(warm.policy!.replace(/script-src [^;]*/, "")).toBe(
      first.policy!.replace(/script-src [^;]*/, ""),
    );
    const ownScripts = inlineScriptHashes(warm.html).map((hash) => `'${hash}'`);
    expect(hashed.sort()).toEqual(ownScripts.sort());
    expect(hashed.length).toBeGreaterThan(5);
    const seconds = Number(/s-maxage=(\d+)/.exec(warm.cacheControl!)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(freshSeconds);
    expect(await seasonRequests()).toBe(fetched);
  });

  it("answers a viewer holding the render with a bare 304", async () => {
    const warm = await view(seasonPath);
    const again = await view(seasonPath, { "if-none-match": warm.etag! });
    const other = await view(seasonPath, { "if-none-match": 'W/"old-1"' });

    expect(warm.etag).toMatch(/^W\/"[^"]+"$/);
    expect(again.status).toBe(304);
    expect(again.html).toBe("");
    expect(again.etag).toBe(warm.etag);
    expect(again.cacheControl).toMatch(/^public, max-age=0, s-maxage=\d+$/);
    expect(again.policy).toBe(warm.policy);
    expect(other.status).toBe(200);
    expect(other.html).toContain("Lee Jung-jae");
  });

  it("sends its copy of a render with the headers of the render", async () => {
    const get = (path: string, init: RequestInit = {}) =>
      fetch(`${running.site.url}${path}`, init);
    const plain = { headers: { "accept-encoding": "identity" } };
    await view(seasonPath);
    const warm = await get(seasonPath, plain);
    const live = await get(`${seasonPath}?q=`, plain);
    const head = await get(seasonPath, { ...plain, method: "HEAD" });
    const zipped = await get(seasonPath, {
      headers: { "accept-encoding": "gzip" },
    });
    const body = new Uint8Array(await warm.arrayBuffer());
    const header = (response: Response, name: string) =>
      response.headers.get(name);

    expect(header(warm, "x-castlog-cache")).toBe("HIT");
    expect(header(warm, "content-type")).toBe(header(live, "content-type"));
    expect(header(warm, "vary")).toBe(header(live, "vary"));
    expect(header(warm, "vary")).toContain("rsc");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(header(head, "etag")).toBe(header(warm, "etag"));
    expect(header(zipped, "content-encoding")).toBe("gzip");
    expect(await zipped.text()).toBe(new TextDecoder().decode(body));
  });

  it("runs its own scripts in Chromium, and no other inline one", async () => {
    const url = `${running.site.url}${seasonPath}`;
    await view(seasonPath);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const seen = await PolicyViolations.watch(page);
      const answer = await page.goto(url, { waitUntil: "networkidle" });
      const hydrated = await page.evaluate(() => "__next_f" in self);
      const reportedByOwnScripts = [...seen.reported];
      const injected = await page
        .addScriptTag({ content: "window.castlogInjected = true;" })
        .then(
          () => "ran",
          (error: Error) => error.message,
        );

      expect(answer?.headers()["x-castlog-cache"]).toBe("HIT");
      expect(hydrated).toBe(true);
      expect(reportedByOwnScripts).toEqual([]);
      expect(injected).not.toBe("ran");
      expect(await page.evaluate(() => "castlogInjected" in window)).toBe(
        false,
      );
      expect(seen.reported.join("\n")).toMatch(/script-src/);
    } finally {
      await browser.close();
    }
  });

  it("renders the same page as a request-time view", async () => {
    const warm = await view(seasonPath);
    const live = await view(`${seasonPath}?q=`);
    const pick = (html: string) => ({
      title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
      canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
      image: /<meta property="og:image" content="([^"?]*)/.exec(html)?.[1],
      jsonLd: html.includes('"@type":"TVSeason"'),
      cast: html.includes("Seong Gi-hun / &#x27;No. 456&#x27;"),
    });

    expect(warm.cache).toBe("HIT");
    expect(live.cache).toBeNull();
    expect(pick(warm.html)).toEqual(pick(live.html));
    expect(pick(warm.html).cast).toBe(true);
  });

  it("shows a change once its snapshot is no longer fresh", async () => {
    const changed = squidGameSeason2();
    const cast = changed.cast as { roles: { character: string }[] }[];
    cast[0]!.roles[0]!.character = "Player 456, renamed";
    running.tmdb.writeFixture(season2, changed);

    const before = await view(seasonPath);
    expect(before.html).not.toContain("renamed");
    await new Promise((done) => setTimeout(done, freshSeconds * 1000));
    const refetched = await view(seasonPath);
    await view(seasonPath);
    const warm = await view(seasonPath);

    expect(refetched.html).toContain("Player 456, renamed");
    expect(warm.cache).toBe("HIT");
    expect(warm.html).toContain("Player 456, renamed");
    expect(warm.etag).not.toBe(before.etag);
  });

  it("keeps views with a session or a query out of every cache", async () => {
    const { etag } = await view(seasonPath);
    const signedIn = await view(seasonPath, {
      cookie: "next-auth.session-token=not-a-valid-session",
      "if-none-match": etag!,
    });
    const filtered = await view(`${seasonPath}?q=Lee`, {
      "if-none-match": etag!,
    });

    expect(signedIn.cacheControl).toBe("private, no-store");
    expect(signedIn.cache).toBeNull();
    expect([signedIn.status, filtered.status]).toEqual([200, 200]);
    expect([signedIn.etag, filtered.etag]).toEqual([null, null]);
    expect(filtered.cacheControl).toBe("public, max-age=0, must-revalidate");
    expect(filtered.cache).toBeNull();
  });

  it("marks account pages private, other pages briefly shared", async () => {
    for (const path of ["/dashboard", "/signin", "/settings"]) {
      expect((await view(path)).cacheControl, path).toBe("private, no-store");
    }
    for (const path of ["/", "/tv/93405-squid-game", "/docs/api"]) {
      expect((await view(path)).cacheControl, path).toBe(
        `public, max-age=0, s-maxage=${freshSeconds}`,
      );
    }
  });

  it("refuses the cached render's own address", async () => {
    const direct = await view(`/cached/1${seasonPath}`);

    expect(direct.status).toBe(404);
    expect(direct.html).not.toContain("Lee Jung-jae");
  });
});

describe("cached renders left to Next (PAGE_CACHE_MB=0)", () => {
  const running = siteWith({ PAGE_CACHE_MB: "0" });

  it("serves warm views from Next's cache of the render", async () => {
    const url = `${running.site.url}${seasonPath}`;
    await (await fetch(url)).text();
    await (await fetch(url)).text();
    const warm = await fetch(url);
    const html = await warm.text();

    expect(warm.status).toBe(200);
    expect(warm.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(warm.headers.get("x-castlog-cache")).toBeNull();
    expect(warm.headers.get("etag")).toMatch(/^W\/"[^"]+"$/);
    expect(html).toContain("Lee Jung-jae");
  });
});
