import { beforeEach, describe, expect, it } from "vitest";
import { cachedPage, forgetPages, rememberPage } from "./registry";

const path = "/tv/1-a/season/2";

describe("the page cache registry", () => {
  beforeEach(() => forgetPages());

  it("knows a remembered page until it stops being fresh", () => {
    rememberPage(path, 2_000);

    expect(cachedPage(path, 1_999)?.freshUntil).toBe(2_000);
    expect(cachedPage(path, 2_000)).toBeNull();
    // An expired page stays forgotten.
    expect(cachedPage(path, 1_000)).toBeNull();
  });

  it("keeps the key while the freshness stays the same", () => {
    rememberPage(path, 2_000);
    const first = cachedPage(path, 0)!.key;
    rememberPage(path, 2_000);

    expect(cachedPage(path, 0)!.key).toBe(first);
  });

  it("gives a page a new key when it is remembered anew", () => {
    rememberPage(path, 2_000);
    const first = cachedPage(path, 0)!.key;
    rememberPage(path, 3_000);
    const checkedAgain = cachedPage(path, 0)!.key;
    forgetPages();
    rememberPage(path, 3_000);

    expect(checkedAgain).not.toBe(first);
    expect(cachedPage(path, 0)!.key).not.toBe(checkedAgain);
  });

  it("names each render with an ETag of its own", () => {
    rememberPage(path, 2_000);
    rememberPage("/tv/1-a/season/3", 2_000);
    const first = cachedPage(path, 0)!.etag;
    rememberPage(path, 3_000);

    expect(first).toMatch(/^W\/"[0-9a-f]{8}-\d+"$/);
    expect(cachedPage("/tv/1-a/season/3", 0)!.etag).not.toBe(first);
    expect(cachedPage(path, 0)!.etag).not.toBe(first);
  });

  it("forgets every page at once", () => {
    rememberPage(path, 2_000);
    rememberPage("/tv/1-a/season/3", 2_000);
    forgetPages();

    expect(cachedPage(path, 0)).toBeNull();
    expect(cachedPage("/tv/1-a/season/3", 0)).toBeNull();
  });
});
