import { describe, expect, it } from "vitest";
import { findNeighbourSeasons } from "./neighbours";
import type { SeasonListing } from "./seasons";

const listing = (...numbers: number[]): SeasonListing[] =>
  numbers.map((seasonNumber) => ({
    seasonNumber,
    name: seasonNumber === 0 ? "Specials" : `Season ${seasonNumber}`,
    episodeCount: null,
    airDate: null,
  }));

const numbers = (seasons: SeasonListing[], n: number) => {
  const { previous, next } = findNeighbourSeasons(seasons, n);
  return [previous?.seasonNumber ?? null, next?.seasonNumber ?? null];
};

describe("neighbour seasons", () => {
  it("are the seasons on either side of a middle season", () => {
    expect(numbers(listing(1, 2, 3), 2)).toEqual([1, 3]);
  });

  it("are missing past either end", () => {
    expect(numbers(listing(1, 2, 3), 1)).toEqual([null, 2]);
    expect(numbers(listing(1, 2, 3), 3)).toEqual([2, null]);
    expect(numbers(listing(4), 4)).toEqual([null, null]);
  });

  it("lead from the specials to season 1 and back", () => {
    expect(numbers(listing(0, 1, 2), 0)).toEqual([null, 1]);
    expect(numbers(listing(0, 1, 2), 1)).toEqual([0, 2]);
  });

  it("skip gaps and do not depend on the listing's order", () => {
    expect(numbers(listing(5, 1, 3), 3)).toEqual([1, 5]);
    expect(numbers(listing(5, 1, 3), 4)).toEqual([3, 5]);
  });

  it("are found for a season the stored listing does not have yet", () => {
    expect(numbers(listing(1, 2), 3)).toEqual([2, null]);
    expect(numbers([], 1)).toEqual([null, null]);
  });
});
