import type { Json, JsonObject } from "@/lib/credits/fields";
import { readFixture, squidGameSeason2 } from "./fixtures";

// Builders for series and seasons that share people with the shipped
// Squid Game season 2, so person pages have credits across series. Every
// entry is a copy of a real entry of that season (or, for people invented
// here, of its shape), so the fake server answers what TMDB would.

type Entry = JsonObject & { id: number };

/** A cast member taken from the seed season, or invented when `name` is set. */
export type CastPick = {
  id: number;
  character: string;
  episodes: number;
  name?: string;
};

/** A crew entry in one department, from the seed or invented. */
export type CrewPick = {
  id: number;
  department: string;
  job: string;
  episodes: number;
  name?: string;
};

export type SeasonPicks = {
  tmdbId: number;
  cast: CastPick[];
  crew: CrewPick[];
};

const clone = <T>(value: T): T => structuredClone(value);

function seedEntry(
  list: "cast" | "crew",
  pick: { id: number; name?: string; department?: string },
): Entry {
  const seed = squidGameSeason2()[list] as Entry[];
  const same = seed.filter((entry) => entry.id === pick.id);
  const found =
    same.find((entry) => entry.department === pick.department) ?? same[0];
  if (found) return clone(found);
  if (!pick.name) throw new Error(`no ${list} entry ${pick.id} in the seed`);

  // Someone the seed does not have: its first entry's shape, renamed.
  return {
    ...clone(seed[0]!),
    id: pick.id,
    name: pick.name,
    original_name: pick.name,
    profile_path: null,
    popularity: 1.5,
  };
}

function castEntry(pick: CastPick, order: number): Entry {
  const entry = seedEntry("cast", pick);
  const [role] = entry.roles as JsonObject[];

  return {
    ...entry,
    order,
    roles: [
      { ...role, character: pick.character, episode_count: pick.episodes },
    ],
    total_episode_count: pick.episodes,
  };
}

function crewEntry(pick: CrewPick): Entry {
  const entry = seedEntry("crew", pick);
  const [job] = entry.jobs as JsonObject[];

  return {
    ...entry,
    department: pick.department,
    jobs: [{ ...job, job: pick.job, episode_count: pick.episodes }],
    total_episode_count: pick.episodes,
  };
}

/** An aggregate_credits response with the picked people, in pick order. */
export function deriveSeason(picks: SeasonPicks): JsonObject {
  return {
    cast: picks.cast.map(castEntry) as Json[],
    crew: picks.crew.map(crewEntry) as Json[],
    id: picks.tmdbId,
  };
}

/** Series details modelled on Squid Game's, with the given seasons. */
export function deriveSeriesDetails(
  id: number,
  name: string,
  seasons: { seasonNumber: number; episodes: number }[],
): JsonObject {
  const seed = readFixture("3/tv/93405");
  const [template] = seed.seasons as JsonObject[];

  return {
    ...seed,
    id,
    name,
    original_name: name,
    number_of_seasons: seasons.length,
    number_of_episodes: seasons.reduce((n, s) => n + s.episodes, 0),
    seasons: seasons.map((season) => ({
      ...template,
      id: id * 10 + season.seasonNumber,
      name: `Season ${season.seasonNumber}`,
      season_number: season.seasonNumber,
      episode_count: season.episodes,
    })),
  };
}
