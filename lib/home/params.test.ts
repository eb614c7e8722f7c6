import { describe, expect, it } from "vitest";
import { containsPattern, maxQueryLength, parseSearchQuery } from "./params";

describe("the home page's search query", () => {
  it("trims and folds spaces, and treats a blank query as none", () => {
    expect(parseSearchQuery({ q: "  squid \t game " })).toEqual({
      query: "squid game",
      notice: null,
    });
    expect(parseSearchQuery({ q: "   " })).toEqual({
      query: null,
      notice: null,
    });
    expect(parseSearchQuery({})).toEqual({ query: null, notice: null });
  });

  it("turns control characters, NUL included, into spaces", () => {
    expect(parseSearchQuery({ q: "a\u0000b\u007fc\nd" }).query).toBe("a b c d");
  });

  it("searches for the first characters of a long query and says so", () => {
    const long = "x".repeat(maxQueryLength - 1) + "😀" + "y".repeat(500);

    const parsed = parseSearchQuery({ q: long });

    expect(Array.from(parsed.query!)).toHaveLength(maxQueryLength);
    expect(parsed.query!.endsWith("😀")).toBe(true);
    expect(parsed.notice).toMatch(/first 100 characters/);
  });

  it("ignores a query given twice, with a notice", () => {
    expect(parseSearchQuery({ q: ["a", "b"] })).toEqual({
      query: null,
      notice: expect.stringMatching(/more than once/),
    });
  });

  it("makes LIKE patterns that take wildcards literally", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});
