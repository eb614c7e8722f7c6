import { describe, expect, it } from "vitest";
import { longestIncreasing, placeKeys } from "./order-keys";

const increasing = (keys: number[]) =>
  keys.every((key, i) => i === 0 || keys[i - 1]! < key);

describe("a longest increasing run", () => {
  it("skips the entries out of order and those without a key", () => {
    expect(longestIncreasing([0, 5, null, 1, 2, 3, 4])).toEqual([
      0, 3, 4, 5, 6,
    ]);
  });

  it("is empty for nothing, and one entry for a falling list", () => {
    expect(longestIncreasing([])).toEqual([]);
    expect(longestIncreasing([null, null])).toEqual([]);
    expect(longestIncreasing([3, 2, 1])).toHaveLength(1);
  });
});

describe("placing sort keys", () => {
  it("gives a list with nothing to keep its indexes", () => {
    expect(placeKeys([null, null, null])).toEqual([0, 1, 2]);
  });

  it("keeps every key of a list still in order", () => {
    expect(placeKeys([0, 1, 3, 4])).toEqual([0, 1, 3, 4]);
  });

  it("fits new entries between, before and after the kept ones", () => {
    const keys = placeKeys([null, 0, null, 1, null, null]);

    expect(keys[1]).toBe(0);
    expect(keys[3]).toBe(1);
    expect(increasing(keys)).toBe(true);
  });

  it("moves only the entry that moved", () => {
    // The entry stored last now comes first.
    const keys = placeKeys([4, 0, 1, 2, 3]);

    expect(keys.slice(1)).toEqual([0, 1, 2, 3]);
    expect(keys[0]).toBeLessThan(0);
  });

  it("stores the list afresh when a gap can no longer be split", () => {
    let stored = [1, 2];
    let afresh = 0;
    for (let i = 0; i < 200; i += 1) {
      // Another entry inserted just after the first, each time.
      const keys = placeKeys([stored[0]!, null, ...stored.slice(1)]);
      expect(increasing(keys)).toBe(true);
      if (keys.every((key, n) => key === n)) afresh += 1;
      stored = keys;
    }

    expect(stored).toHaveLength(202);
    expect(afresh).toBeGreaterThan(0);
    expect(afresh).toBeLessThan(10);
  });
});
