/** The median of some samples; NaN when there are none. */
export function median(samples: number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` and returns how long it took, in milliseconds. */
export async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The p50 of `runs` sequential timings of `work(i)`, in milliseconds. */
export async function medianMs(
  runs: number,
  work: (i: number) => Promise<unknown>,
): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await timeMs(() => work(i)));
  return median(samples);
}
