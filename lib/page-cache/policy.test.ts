import { describe, expect, it } from "vitest";
import { noStore, pageCacheControl, type PageRequest } from "./policy";

const anonymous = (pathname: string, more: Partial<PageRequest> = {}) =>
  pageCacheControl({
    pathname,
    signedIn: false,
    freshForSeconds: null,
    maxAgeSeconds: 3600,
    ...more,
  });

describe("pageCacheControl", () => {
  it("lets a shared cache keep a fresh season page while it stays fresh", () => {
    expect(anonymous("/tv/1-a/season/2", { freshForSeconds: 1200 })).toBe(
      "public, max-age=0, s-maxage=1200",
    );
  });

  it("keeps season pages out of shared caches when freshness is unknown", () => {
    expect(anonymous("/tv/1-a/season/2", { freshForSeconds: 0 })).toBe(
      "public, max-age=0, must-revalidate",
    );
    expect(anonymous("/tv/1-a/season/2", { freshForSeconds: -5 })).toBe(
      "public, max-age=0, must-revalidate",
    );
  });

  it("gives other public pages a minute, or less when freshness is shorter", () => {
    for (const path of ["/", "/tv/1-a", "/person/7", "/docs/api"]) {
      expect(anonymous(path), path).toBe("public, max-age=0, s-maxage=60");
    }
    expect(anonymous("/person/7", { maxAgeSeconds: 5 })).toBe(
      "public, max-age=0, s-maxage=5",
    );
    expect(anonymous("/person/7", { maxAgeSeconds: 0 })).toBe(
      "public, max-age=0, must-revalidate",
    );
  });

  it("makes every page private for a signed-in viewer", () => {
    expect(
      anonymous("/tv/1-a/season/2", { signedIn: true, freshForSeconds: 60 }),
    ).toBe(noStore);
    expect(anonymous("/", { signedIn: true })).toBe(noStore);
  });

  it("makes account pages private for everyone", () => {
    for (const path of ["/dashboard", "/settings", "/signin"]) {
      expect(anonymous(path), path).toBe(noStore);
    }
  });

  it("leaves routes that set their own headers alone", () => {
    for (const path of [
      "/api/tv/1/season/2/aggregate_credits",
      "/tv/1-a/season/2/feed.xml",
      "/tv/1-a/season/2/opengraph-image",
      "/feeds/abc.xml",
      "/sitemap.xml",
      "/robots.txt",
    ]) {
      expect(anonymous(path), path).toBeNull();
    }
  });
});
