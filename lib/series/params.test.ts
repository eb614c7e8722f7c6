import { describe, expect, it } from "vitest";
import { parseOverlapQuery, parseSeriesQuery } from "./params";

describe("the series page's query", () => {
  it("has defaults for every parameter", () => {
    expect(parseSeriesQuery({})).toEqual({
      values: {
        language: "en-US",
        sort: "total",
        from_season: undefined,
        to_season: undefined,
      },
      ignored: [],
    });
  });

  it("reads well-formed values", () => {
    const query = parseSeriesQuery({
      language: "ko-KR",
      sort: "first",
      from_season: "0",
      to_season: "3",
    });

    expect(query.values).toEqual({
      language: "ko-KR",
      sort: "first",
      from_season: 0,
      to_season: 3,
    });
  });

  it("falls back to the default of each malformed one, naming it", () => {
    const query = parseSeriesQuery({
      language: "english",
      sort: "name",
      from_season: "1",
      to_season: ["2", "3"],
    });

    expect(query.values).toEqual({
      language: "en-US",
      sort: "total",
      from_season: 1,
      to_season: undefined,
    });
    expect(query.ignored.map((p) => p.parameter)).toEqual([
      "language",
      "sort",
      "to_season",
    ]);
    expect(query.ignored[1]!.message).toBe("sort must be total or first");
  });
});

describe("the overlap page's query", () => {
  it("takes a series id or an id-slug segment", () => {
    expect(parseOverlapQuery({ with: "900201" }).values.with).toEqual({
      id: 900201,
      slug: "",
    });
    expect(
      parseOverlapQuery({ with: "900201-night-ferry" }).values.with,
    ).toEqual({ id: 900201, slug: "night-ferry" });
  });

  it("reports a malformed series", () => {
    const query = parseOverlapQuery({ with: "night ferry" });

    expect(query.values.with).toBeUndefined();
    expect(query.ignored.map((p) => p.parameter)).toEqual(["with"]);
  });
});
