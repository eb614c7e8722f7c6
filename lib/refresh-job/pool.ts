/**
 * Calls `work` on every item, at most `limit` calls at a time, in order of
 * the items; resolves once all have finished. `work` must not reject:
 * each call handles its own failures.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError("limit must be an integer >= 1");
  }

  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await work(item);
    }
  };

  const workers = Math.min(limit, items.length);
  await Promise.all(Array.from({ length: workers }, worker));
}
