/**
 * Waits at most `ms` for a promise. Resolves to its outcome when it settles
 * in time (a rejection included, as `{ error }`), else to null; the promise
 * itself keeps running either way.
 */
export async function settleWithin<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ value: T } | { error: unknown } | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}
