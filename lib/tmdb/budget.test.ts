import { describe, expect, it } from "vitest";
import { createBudget } from "./budget";

/** Runs `count` jobs through the budget; each arrives after `lagMs`. */
async function arrivals(
  budget: ReturnType<typeof createBudget>,
  count: number,
  lagMs: (i: number) => number,
): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const release = await budget.acquire();
      await new Promise((resolve) => setTimeout(resolve, lagMs(i)));
      times.push(performance.now());
      release();
    }),
  );
  return times.sort((a, b) => a - b);
}

/** The most arrivals in any one-second window. */
function busiestSecond(times: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i]! - times[j]! >= 1000) j += 1;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe("the TMDB request budget", () => {
  it("keeps any one-second window of arrivals within the rate, even when the first batch lands late", async () => {
    const budget = createBudget({ maxRps: 5, maxConcurrent: 20 });

    // The first five are slow to arrive, the rest quick: counting grants
    // alone would let the second five land in the same second.
    const times = await arrivals(budget, 15, (i) => (i < 5 ? 400 : 5));

    expect(busiestSecond(times)).toBeLessThanOrEqual(5);
  });

  it("never holds more than the concurrency limit", async () => {
    const budget = createBudget({ maxRps: 100, maxConcurrent: 3 });
    let open = 0;
    let peak = 0;

    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const release = await budget.acquire();
        open += 1;
        peak = Math.max(peak, open);
        await new Promise((resolve) => setTimeout(resolve, 20));
        open -= 1;
        release();
      }),
    );

    expect(peak).toBe(3);
  });

  it("lets a release count only once", async () => {
    const budget = createBudget({ maxRps: 100, maxConcurrent: 1 });
    const release = await budget.acquire();
    release();
    release();

    const second = await budget.acquire();
    const third = budget.acquire();
    let granted = false;
    void third.then(() => (granted = true));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(granted).toBe(false);
    second();
    await third;
  });
});
