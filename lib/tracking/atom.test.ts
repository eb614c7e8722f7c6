import { describe, expect, it } from "vitest";
import { escapeXml, writeAtomFeed } from "./atom";

const feed = {
  id: "https://castlog.example/feeds/k.xml",
  title: "Changes",
  updated: new Date("2026-01-02T03:04:05.000Z"),
  authorName: "castlog",
  selfUrl: "https://castlog.example/feeds/k.xml",
  alternateUrl: "https://castlog.example/dashboard",
  entries: [
    {
      id: "tag:castlog.example,2026:castlog/snapshot/2",
      title: "Tom & Jerry <2>: 1 credit changed",
      updated: new Date("2026-01-02T03:04:05.000Z"),
      link: "https://castlog.example/tv/1/season/1/diff?to=a&language=fr",
    },
  ],
};

describe("writeAtomFeed", () => {
  it("escapes markup and ampersands in text and links", () => {
    const xml = writeAtomFeed(feed);

    expect(xml).toContain("<title>Tom &amp; Jerry &lt;2&gt;: 1 credit");
    expect(xml).toContain('diff?to=a&amp;language=fr"/>');
    expect(xml).not.toContain("Tom & Jerry");
  });

  it("writes the elements RFC 4287 requires of a feed and its entries", () => {
    const xml = writeAtomFeed(feed);
    const entry = xml.slice(xml.indexOf("<entry>"));

    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    for (const part of [
      "<id>https://castlog.example/feeds/k.xml</id>",
      "<updated>2026-01-02T03:04:05.000Z</updated>",
      "<author><name>castlog</name></author>",
      '<link rel="self" type="application/atom+xml"',
    ]) {
      expect(xml).toContain(part);
    }
    expect(entry).toMatch(
      /^<entry><id>tag:.+<\/id><title>.+<\/title><updated>.+<\/updated><link rel="alternate" type="text\/html" href=".+"\/><\/entry>/,
    );
  });

  it("drops characters XML cannot carry", () => {
    expect(escapeXml("a\u0001b\uD800c")).toBe("abc");
  });
});
