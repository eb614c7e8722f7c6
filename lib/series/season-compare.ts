import type { MatrixPerson, SeriesMatrix } from "./matrix";

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
