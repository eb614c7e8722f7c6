import type { MatrixPerson, SeriesMatrix } from "./matrix";
import type { IgnoredParameter } from "./params";

export type SeasonPair = { from: number; to: number };

export type SeasonComparison = SeasonPair & {
  /** Credited in both seasons. */
  stayed: MatrixPerson[];
  /** Credited in `to` only. */
  joined: MatrixPerson[];
  /** Credited in `from` only. */
  left: MatrixPerson[];
};

/**
 * The pair compared when the reader chose none: the last two stored
 * seasons, or null when fewer than two are stored.
 */
export function defaultSeasonPair(seasonNumbers: number[]): SeasonPair | null {
  if (seasonNumbers.length < 2) return null;

  const [from, to] = seasonNumbers.slice(-2) as [number, number];
  return { from, to };
}

const episodesIn = (person: MatrixPerson, season: number) =>
  person.seasons[season]?.episodes ?? 0;

/** Most episodes in `season` first, then by name. Returns a new array. */
function sortBySeason(people: MatrixPerson[], season: number) {
  return [...people].sort(
    (a, b) =>
      episodesIn(b, season) - episodesIn(a, season) ||
      a.name.localeCompare(b.name, "en") ||
      a.personId - b.personId,
  );
}

/**
 * Who stayed, joined and left between two seasons of the matrix. Pure;
 * works in either direction (`from` need not be the earlier season).
 */
export function compareSeasons(
  matrix: SeriesMatrix,
  { from, to }: SeasonPair,
): SeasonComparison {
  const stayed: MatrixPerson[] = [];
  const joined: MatrixPerson[] = [];
  const left: MatrixPerson[] = [];

  for (const person of matrix.people) {
    const before = from in person.seasons;
    const after = to in person.seasons;
    if (before && after) stayed.push(person);
    else if (after) joined.push(person);
    else if (before) left.push(person);
  }

  return {
    from,
    to,
    stayed: sortBySeason(stayed, to),
    joined: sortBySeason(joined, to),
    left: sortBySeason(left, from),
  };
}

/**
 * The pair to compare: the requested seasons where castlog stores them,
 * the default pair's otherwise. A requested season that is not stored is
 * reported as an ignored parameter. Null when fewer than two are stored.
 */
export function chooseSeasonPair(
  seasonNumbers: number[],
  requested: { from?: number; to?: number },
): { pair: SeasonPair | null; ignored: IgnoredParameter[] } {
  const fallback = defaultSeasonPair(seasonNumbers);
  if (!fallback) return { pair: null, ignored: [] };

  const ignored: IgnoredParameter[] = [];
  const pick = (parameter: string, value: number | undefined, or: number) => {
    if (value === undefined) return or;
    if (seasonNumbers.includes(value)) return value;
    ignored.push({
      parameter,
      message: `${parameter} names season ${value}, which castlog has not stored`,
    });
    return or;
  };

  return {
    pair: {
      from: pick("from_season", requested.from, fallback.from),
      to: pick("to_season", requested.to, fallback.to),
    },
    ignored,
  };
}
