import { describe, expect, it } from "vitest";
import { chooseSeasonPair, defaultSeasonPair } from "./season-compare";

describe("choosing the seasons to compare", () => {
  it("defaults to the last two stored seasons", () => {
    expect(defaultSeasonPair([0, 1, 2, 5])).toEqual({ from: 2, to: 5 });
    expect(chooseSeasonPair([0, 1, 2, 5], {})).toEqual({
      pair: { from: 2, to: 5 },
      ignored: [],
    });
  });

  it("takes any two stored seasons, in either order", () => {
    expect(chooseSeasonPair([0, 1, 2], { from: 2, to: 0 }).pair).toEqual({
      from: 2,
      to: 0,
    });
  });

  it("ignores a season that is not stored and says so", () => {
    const chosen = chooseSeasonPair([1, 2, 3], { from: 1, to: 9 });

    expect(chosen.pair).toEqual({ from: 1, to: 3 });
    expect(chosen.ignored).toEqual([
      {
        parameter: "to_season",
        message: "to_season names season 9, which castlog has not stored",
      },
    ]);
  });

  it("has nothing to compare with fewer than two stored seasons", () => {
    expect(chooseSeasonPair([4], { from: 4, to: 4 })).toEqual({
      pair: null,
      ignored: [],
    });
  });
});
