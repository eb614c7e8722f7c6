export type Budget = {
  /**
   * Waits for a free slot, first come first served, and returns the function
   * that gives it back. Safe to call concurrently; release is idempotent.
   */
  acquire(): Promise<() => void>;
};

const windowMs = 1000;

/**
 * At most `maxRps` starts in any sliding one-second window and at most
 * `maxConcurrent` holders at once. A sliding window, unlike a token bucket,
 * never lets a burst at a window's edge double the rate TMDB sees.
 */
export function createBudget(options: {
  maxRps: number;
  maxConcurrent: number;
}): Budget {
  const { maxRps, maxConcurrent } = options;
  if (!(maxRps >= 1) || !(maxConcurrent >= 1)) {
    throw new RangeError("maxRps and maxConcurrent must be at least 1");
  }

  const waiting: Array<() => void> = [];
  const recentStarts: number[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function wakeLater(ms: number): void {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      grant();
    }, ms);
  }

  function grant(): void {
    while (waiting.length > 0 && active < maxConcurrent) {
      const now = performance.now();
      while (recentStarts[0] !== undefined) {
        if (recentStarts[0] > now - windowMs) break;
        recentStarts.shift();
      }

      const oldest = recentStarts[0];
      if (oldest !== undefined && recentStarts.length >= maxRps) {
        wakeLater(Math.ceil(oldest + windowMs - now));
        return;
      }

      recentStarts.push(now);
      active += 1;
      waiting.shift()?.();
    }
  }

  return {
    async acquire() {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        grant();
      });

      let released = false;
      return () => {
        if (released) return;
        released = true;
        active -= 1;
        grant();
      };
    },
  };
}
