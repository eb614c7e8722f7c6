/**
 * Whether a season last checked at `checkedAt` must be fetched again.
 * A max age of 0 refetches on every view.
 */
export function isStale(
  checkedAt: Date | null,
  maxAgeSeconds: number,
  now: Date = new Date(),
): boolean {
  if (!checkedAt || maxAgeSeconds === 0) return true;
  return now.getTime() - checkedAt.getTime() >= maxAgeSeconds * 1000;
}
