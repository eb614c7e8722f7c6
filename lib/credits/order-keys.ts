// A credit version stores where it stands in the cast or crew as a sort
// key, not as an index: when TMDB inserts or drops an entry, the entries
// after it keep their keys and so their versions, instead of every one of
// them being rewritten with an index one off. Keys only have to increase
// along the list; the first version of a list stores plain indexes.

/**
 * The positions of a longest strictly increasing run (not necessarily
 * contiguous) among the numbers of `keys`, skipping nulls, in order.
 */
export function longestIncreasing(keys: (number | null)[]): number[] {
  // tails[k]: the position ending the best run of length k + 1 found so
  // far, the one with the smallest last key.
  const tails: number[] = [];
  const previous = new Map<number, number>();

  keys.forEach((key, i) => {
    if (key === null) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous.set(i, tails[lo - 1]!);
    tails[lo] = i;
  });

  const run: number[] = [];
  for (let i = tails.at(-1); i !== undefined; i = previous.get(i)) {
    run.push(i);
  }
  return run.reverse();
}

/** `count` increasing keys strictly between `lo` and `hi` (either open). */
function keysBetween(
  lo: number | undefined,
  hi: number | undefined,
  count: number,
): number[] {
  return Array.from({ length: count }, (_, n) => {
    if (lo === undefined && hi === undefined) return n;
    if (lo === undefined) return hi! - (count - n);
    if (hi === undefined) return lo + 1 + n;
    return lo + ((hi - lo) * (n + 1)) / (count + 1);
  });
}

const isIncreasing = (keys: number[]) =>
  keys.every(
    (key, i) => Number.isFinite(key) && (i === 0 || keys[i - 1]! < key),
  );

/**
 * Sort keys for a list, given the key each entry may keep (its stored
 * version's, or null for an entry that needs a new version anyway). The
 * most entries possible keep theirs; the others get keys between their
 * neighbours'. When floating point can no longer split a gap (after
 * dozens of insertions at one place), every entry gets its index, so the
 * list is stored afresh.
 */
export function placeKeys(kept: (number | null)[]): number[] {
  const keys: (number | undefined)[] = kept.map(() => undefined);
  for (const i of longestIncreasing(kept)) keys[i] = kept[i]!;

  let start = 0;
  while (start < keys.length) {
    if (keys[start] !== undefined) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < keys.length && keys[end] === undefined) end += 1;
    const fresh = keysBetween(keys[start - 1], keys[end], end - start);
    fresh.forEach((key, n) => (keys[start + n] = key));
    start = end;
  }

  const placed = keys as number[];
  return isIncreasing(placed) ? placed : placed.map((_, i) => i);
}
