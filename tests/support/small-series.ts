import { writeFixture } from "./fixtures";

// Small hand-made series for browser tests that need seasons at the ends
// of a series or a season that changes between fetches. People get ids
// derived from the series id, so they are credited nowhere else.

export type SmallSeries = { id: number; name: string };

function castMember(id: number, episodes: number, order: number) {
  const name = `Person ${id}`;
  return {
    adult: false,
    gender: 0,
    id,
    known_for_department: "Acting",
    name,
    order,
    original_name: name,
    popularity: 1,
    profile_path: null,
    roles: [
      { character: `Role ${id}`, credit_id: `c${id}`, episode_count: episodes },
    ],
    total_episode_count: episodes,
  };
}

function director(id: number) {
  const name = `Person ${id}`;
  return {
    adult: false,
    department: "Directing",
    gender: 0,
    id,
    jobs: [{ credit_id: `j${id}`, episode_count: 6, job: "Director" }],
    known_for_department: "Directing",
    name,
    original_name: name,
    popularity: 1,
    profile_path: null,
    total_episode_count: 6,
  };
}

/** The id of the `index`th cast member of a small season. */
export const smallCastId = (
  series: SmallSeries,
  seasonNumber: number,
  index: number,
) => series.id * 100 + seasonNumber * 10 + index;

/**
 * A season's aggregate credits: `cast` people with 6, 5, 4… episodes in
 * billing order (at most 9), and one director.
 */
export function smallSeasonCredits(
  series: SmallSeries,
  seasonNumber: number,
  cast: number,
) {
  const id = (index: number) => smallCastId(series, seasonNumber, index);
  return {
    cast: Array.from({ length: cast }, (_, i) =>
      castMember(id(i), Math.max(1, 6 - i), i),
    ),
    crew: [director(id(9))],
    id: id(0),
  };
}

/** Writes the series' details listing `seasons`, and 3 cast per season. */
export function writeSmallSeries(
  fixturesDir: string,
  series: SmallSeries,
  seasons: number[],
) {
  writeFixture(fixturesDir, `tv/${series.id}`, {
    id: series.id,
    name: series.name,
    seasons: seasons.map((n) => ({
      air_date: `${2020 + n}-01-01`,
      episode_count: 6,
      id: series.id * 100 + n,
      name: n === 0 ? "Specials" : `Season ${n}`,
      season_number: n,
    })),
  });
  for (const n of seasons) {
    writeSmallSeason(fixturesDir, series, n, 3);
  }
}

/** Replaces a season's credits with `cast` people (see smallSeasonCredits). */
export function writeSmallSeason(
  fixturesDir: string,
  series: SmallSeries,
  seasonNumber: number,
  cast: number,
) {
  writeFixture(
    fixturesDir,
    `tv/${series.id}/season/${seasonNumber}/aggregate_credits`,
    smallSeasonCredits(series, seasonNumber, cast),
  );
}
