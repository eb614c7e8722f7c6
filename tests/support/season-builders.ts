import type { JsonObject } from "@/lib/credits/fields";
import { readFixture, squidGameSeason2 } from "./fixtures";

// Builders for series and seasons of test series, derived from the
// recorded Squid Game responses so that they keep TMDB's exact shape.

type Entry = JsonObject & {
  id: number;
  roles?: JsonObject[];
  jobs?: JsonObject[];
};
export type Season = { cast: Entry[]; crew: Entry[]; id: number };

/** Series details in TMDB's shape listing the given seasons. */
export function seriesDetails(
  id: number,
  name: string,
  seasonNumbers: number[],
): JsonObject {
  const recorded = readFixture("3/tv/93405");

  return {
    ...recorded,
    id,
    name,
    original_name: name,
    number_of_seasons: seasonNumbers.filter((n) => n > 0).length,
    seasons: seasonNumbers.map((n) => ({
      air_date: `${2020 + n}-01-01`,
      episode_count: 8,
      id: id * 100 + n,
      name: n === 0 ? "Specials" : `Season ${n}`,
      overview: "",
      poster_path: null,
      season_number: n,
      vote_average: 0,
    })),
  };
}

/** The recorded season (11 cast, 29 crew entries of 28 people), a copy. */
export const seedSeason = (tmdbId: number): Season => ({
  ...(squidGameSeason2() as unknown as Season),
  id: tmdbId,
});

const parts = (entry: Entry) => entry.roles ?? entry.jobs ?? [];

/** Every entry of the people given keeps only the given episode count. */
export function withEpisodes(
  season: Season,
  personId: number,
  episodes: number,
): Season {
  const change = (entry: Entry): Entry => {
    if (entry.id !== personId) return entry;
    const key = entry.roles ? "roles" : "jobs";
    return {
      ...entry,
      [key]: parts(entry).map((part) => ({ ...part, episode_count: episodes })),
      total_episode_count: episodes * parts(entry).length,
    };
  };
  return {
    ...season,
    cast: season.cast.map(change),
    crew: season.crew.map(change),
  };
}

/** The season without these people, in cast and crew. */
export function withoutPeople(season: Season, personIds: number[]): Season {
  const keep = (entry: Entry) => !personIds.includes(entry.id);
  return {
    ...season,
    cast: season.cast.filter(keep),
    crew: season.crew.filter(keep),
  };
}

/** The season with only these people, in cast and crew. */
export function onlyPeople(season: Season, personIds: number[]): Season {
  const keep = (entry: Entry) => personIds.includes(entry.id);
  return {
    ...season,
    cast: season.cast.filter(keep),
    crew: season.crew.filter(keep),
  };
}

let creditIds = 0;
const nextCreditId = () => `64b0c0ffee${String(++creditIds).padStart(14, "0")}`;

/** Adds a cast entry (appended to the billing order). */
export function withCastMember(
  season: Season,
  person: { id: number; name: string; character: string; episodes: number },
): Season {
  const entry: Entry = {
    adult: false,
    gender: 0,
    id: person.id,
    known_for_department: "Acting",
    name: person.name,
    order: season.cast.length,
    original_name: person.name,
    popularity: 1,
    profile_path: null,
    roles: [
      {
        character: person.character,
        credit_id: nextCreditId(),
        episode_count: person.episodes,
      },
    ],
    total_episode_count: person.episodes,
  };
  return { ...season, cast: [...season.cast, entry] };
}

/** Adds a crew entry in one department with one job. */
export function withCrewMember(
  season: Season,
  person: {
    id: number;
    name: string;
    department: string;
    job: string;
    episodes: number;
  },
): Season {
  const entry: Entry = {
    adult: false,
    department: person.department,
    gender: 0,
    id: person.id,
    jobs: [
      {
        credit_id: nextCreditId(),
        episode_count: person.episodes,
        job: person.job,
      },
    ],
    known_for_department: person.department,
    name: person.name,
    original_name: person.name,
    popularity: 1,
    profile_path: null,
    total_episode_count: person.episodes,
  };
  return { ...season, crew: [...season.crew, entry] };
}

/** Gives a cast member's first role another character name. */
export function withCharacter(
  season: Season,
  personId: number,
  character: string,
): Season {
  const change = (entry: Entry): Entry =>
    entry.id !== personId
      ? entry
      : {
          ...entry,
          roles: parts(entry).map((role, i) =>
            i === 0 ? { ...role, character } : role,
          ),
        };
  return { ...season, cast: season.cast.map(change) };
}

/** The fixture path of a season's aggregate credits. */
export const seasonFixture = (
  seriesId: number,
  seasonNumber: number,
  language?: string,
) =>
  `tv/${seriesId}/season/${seasonNumber}/aggregate_credits` +
  (language ? `.${language}` : "");
