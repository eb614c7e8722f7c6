import type { SeasonListing } from "./seasons";

export type NeighbourSeasons = {
  previous: SeasonListing | null;
  next: SeasonListing | null;
};

/**
 * The listed seasons just before and after `seasonNumber`. The season
 * itself need not be listed (stored details can be older than the
 * season), so the nearest listed numbers on each side are taken. Pure.
 */
export function findNeighbourSeasons(
  seasons: SeasonListing[],
  seasonNumber: number,
): NeighbourSeasons {
  let previous: SeasonListing | null = null;
  let next: SeasonListing | null = null;

  for (const season of seasons) {
    const n = season.seasonNumber;
    if (n < seasonNumber && (!previous || n > previous.seasonNumber)) {
      previous = season;
    }
    if (n > seasonNumber && (!next || n < next.seasonNumber)) next = season;
  }

  return { previous, next };
}
