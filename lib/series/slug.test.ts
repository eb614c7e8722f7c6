import { describe, expect, it } from "vitest";
import { seriesSegment, slugify } from "./slug";

describe("series slugs", () => {
  it("joins lower-case words with hyphens", () => {
    expect(slugify("Squid Game")).toBe("squid-game");
  });

  it("drops accents and punctuation", () => {
    expect(slugify("Élite: Historias Breves!")).toBe("elite-historias-breves");
    expect(slugify("Law & Order")).toBe("law-and-order");
  });

  it("is empty for a name without Latin letters", () => {
    expect(slugify("오징어 게임")).toBe("");
    expect(seriesSegment({ id: 93405, slug: "" })).toBe("93405");
  });

  it("prefixes the id", () => {
    expect(seriesSegment({ id: 93405, slug: "squid-game" })).toBe(
      "93405-squid-game",
    );
  });
});
