/** The most entries of `times` (ms) within any one-second window. */
export function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * Rate limits count in windows that start on the minute: waits for the
 * next one when fewer than `neededMs` are left in this one, so that a test
 * counting requests stays inside one window.
 */
export async function withinOneMinute(neededMs: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < neededMs) {
    await new Promise((resolve) => setTimeout(resolve, left + 200));
  }
}
