import { describe, expect, it } from "vitest";
import { escapeXml, renderAtom } from "./atom";

describe("Atom documents", () => {
  it("escapes markup characters in text and attributes", () => {
    expect(escapeXml(`Tom & "Jerry" <'s>`)).toBe(
      "Tom &amp; &quot;Jerry&quot; &lt;&#39;s&gt;",
    );
  });

  it("drops characters XML cannot carry, keeping whole emoji", () => {
    expect(escapeXml("a\u0000b\u001Fc\uD800d 🎬")).toBe("abcd 🎬");
  });

  it("writes entries in the order given, with escaped content", () => {
    const at = new Date("2026-12-04T10:00:00Z");
    const xml = renderAtom({
      id: "tag:example.org,2026:feed",
      title: "A & B",
      subtitle: "s",
      updated: at,
      author: { name: "castlog", uri: "https://example.org/" },
      selfUrl: "https://example.org/feed.xml?a=1&b=2",
      alternateUrl: "https://example.org/",
      entries: ["one", "two"].map((id) => ({
        id: `tag:example.org,2026:${id}`,
        title: id,
        updated: at,
        link: "https://example.org/x",
        summary: id,
        contentHtml: "<p>1 &amp; 2</p>",
      })),
    });

    expect(xml).toContain('href="https://example.org/feed.xml?a=1&amp;b=2"');
    expect(xml).toContain("&lt;p&gt;1 &amp;amp; 2&lt;/p&gt;");
    expect(xml.indexOf(":one<")).toBeLessThan(xml.indexOf(":two<"));
  });
});
