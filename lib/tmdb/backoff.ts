/** The longest pause between two attempts, whatever the attempt number. */
export const maxBackoffMs = 8000;

/**
 * The pause before retry number `retry` (1 for the first retry): doubling
 * from `baseMs`, capped, with the upper half randomised so that clients
 * that failed together do not come back together.
 */
export function backoffMs(
  retry: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxBackoffMs, baseMs * 2 ** (retry - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * Seconds to wait according to a Retry-After header, which holds either a
 * number of seconds or an HTTP date. Returns undefined when the header is
 * absent or unreadable, and never a negative number.
 */
export function parseRetryAfter(
  header: string | null,
  nowMs: number = Date.now(),
): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;

  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);

  // HTTP dates start with a day name; Date.parse alone would take "-1" too.
  const date = /^[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - nowMs) / 1000);
}
