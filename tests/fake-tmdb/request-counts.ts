export type RequestCounts = {
  total: number;
  byPath: Record<string, number>;
};

export type RequestCounter = {
  record(path: string): void;
  /** A copy: later requests do not change it. */
  snapshot(): RequestCounts;
  reset(): void;
};

export function createRequestCounter(): RequestCounter {
  let total = 0;
  let byPath = new Map<string, number>();

  return {
    record(path) {
      total += 1;
      byPath.set(path, (byPath.get(path) ?? 0) + 1);
    },
    snapshot: () => ({ total, byPath: Object.fromEntries(byPath) }),
    reset() {
      total = 0;
      byPath = new Map();
    },
  };
}
