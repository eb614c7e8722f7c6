export type Budget = {
  /**
   * Waits for a free slot, first come first served, and returns the function
   * that gives it back. Safe to call concurrently; release is idempotent.
   */
  acquire(): Promise<() => void>;
};

const windowMs = 1000;

/**
 * At most `maxConcurrent` holders at once, and at most `maxRps` requests in
 * any one-second window as TMDB sees them. A request reaches TMDB at some
 * moment between its grant and its release, so counting starts alone
 * (when a slow first batch lands late, the next batch lands in the same
 * second) lets bursts through. Instead a slot stays counted while its
 * request is in flight and for one second after it is released: then any
 * one-second window of arrivals holds at most `maxRps` requests.
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
  // Release times within the last window, oldest first.
  const recentEnds: number[] = [];
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
      while (recentEnds[0] !== undefined && recentEnds[0] <= now - windowMs) {
        recentEnds.shift();
      }

      if (active + recentEnds.length >= maxRps) {
        // Only a release or an end leaving the window frees a slot; a
        // release calls grant itself.
        const oldest = recentEnds[0];
        if (oldest !== undefined) wakeLater(Math.ceil(oldest + windowMs - now));
        return;
      }

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
        recentEnds.push(performance.now());
        grant();
      };
    },
  };
}
