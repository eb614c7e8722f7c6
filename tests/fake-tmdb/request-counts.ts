export type RequestCounts = {
  total: number;
  byPath: Record<string, number>;
};

export type RequestTimeline = {
  /**
   * When each request arrived, in ms since the counter started or was
   * last reset, in arrival order.
   */
  startedAt: number[];
  /** The most requests the server was answering at one time. */
  peakInFlight: number;
};

export type RequestCounter = {
  /** Counts a request; call the returned function when its answer ends. */
  record(path: string): () => void;
  /** A copy: later requests do not change it. */
  snapshot(): RequestCounts;
  /** A copy, like snapshot(). */
  timeline(): RequestTimeline;
  reset(): void;
};

export function createRequestCounter(): RequestCounter {
  let total = 0;
  let byPath = new Map<string, number>();
  let origin = performance.now();
  let startedAt: number[] = [];
  let inFlight = 0;
  let peakInFlight = 0;

  return {
    record(path) {
      total += 1;
      byPath.set(path, (byPath.get(path) ?? 0) + 1);
      startedAt.push(performance.now() - origin);
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);

      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        inFlight -= 1;
      };
    },
    snapshot: () => ({ total, byPath: Object.fromEntries(byPath) }),
    timeline: () => ({ startedAt: [...startedAt], peakInFlight }),
    reset() {
      total = 0;
      byPath = new Map();
      origin = performance.now();
      startedAt = [];
      // Requests still being answered count towards the next peak.
      peakInFlight = inFlight;
    },
  };
}
