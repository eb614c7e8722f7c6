import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { forEachConcurrently } from "./pool";

describe("forEachConcurrently", () => {
  it("works on every item once, never more than the limit at a time", async () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    const seen: number[] = [];
    let running = 0;
    let peak = 0;

    await forEachConcurrently(items, 4, async (item) => {
      running += 1;
      peak = Math.max(peak, running);
      await sleep(item % 3);
      seen.push(item);
      running -= 1;
    });

    expect(seen.sort((a, b) => a - b)).toEqual(items);
    expect(peak).toBe(4);
  });

  it("resolves at once for no items and refuses a limit below one", async () => {
    await expect(forEachConcurrently([], 3, async () => {})).resolves.toBe(
      undefined,
    );
    await expect(forEachConcurrently([1], 0, async () => {})).rejects.toThrow(
      RangeError,
    );
  });
});
