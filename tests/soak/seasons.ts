import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SeasonCredits } from "../fake-tmdb/credits";
import { generateSeason, mutateSeason } from "../fake-tmdb/generate";
import { generateSeriesDetails } from "../fake-tmdb/series-details";

/** A season the soak drives, and what the fake has served for it. */
export type SoakSeason = {
  seriesId: number;
  seasonNumber: number;
  /** Stored before the load starts; the others never answer well. */
  stored: boolean;
  /** Every well-formed body written for it, as sent (JSON text). */
  goodBodies: Set<string>;
  /** Bodies that must never become a snapshot. */
  badBodies: Set<string>;
  current: SeasonCredits;
  revision: number;
};

export type SoakWorld = {
  fixturesDir: string;
  seasons: SoakSeason[];
  seriesIds: number[];
  personIds: number[];
};

// Two series: the first with three stored seasons and one never stored,
// the second with one of each.
const layout = [
  { offset: 0, stored: [1, 2, 3], neverStored: [4] },
  { offset: 1, stored: [1], neverStored: [2] },
];

export const creditsPath = (season: SoakSeason) =>
  `/3/tv/${season.seriesId}/season/${season.seasonNumber}/aggregate_credits`;

/**
 * Writes a fixture in one step (a rename), so that the fake server never
 * reads half of it and serves a body nobody meant to send.
 */
function writeAtomically(fixturesDir: string, relative: string, text: string) {
  const file = path.join(fixturesDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * Person ids unique to the season (TMDB keeps one popularity per person,
 * and castlog only its latest, so people shared between seasons with
 * different popularity would not rebuild exactly).
 */
function giveOwnPeople(credits: SeasonCredits, base: number): SeasonCredits {
  const ids = new Map<number, number>();
  const own = (id: number) => {
    if (!ids.has(id)) ids.set(id, base + ids.size + 1);
    return ids.get(id)!;
  };
  for (const entry of [...credits.cast, ...credits.crew])
    entry.id = own(entry.id);
  return credits;
}

function writeSeasonBody(world: SoakWorld, season: SoakSeason, text: string) {
  const relative = `${creditsPath(season).slice(1)}.json`;
  writeAtomically(world.fixturesDir, relative, text);
}

/** Writes a new well-formed version of a stored season and records it. */
export function writeNextVersion(world: SoakWorld, season: SoakSeason) {
  season.revision += 1;
  season.current = mutateSeason(season.current, {
    seed: season.seriesId + season.revision,
    fraction: 0.25,
  });
  // Every third version carries fields castlog has never seen: not a bad
  // response, so it must be stored whole.
  const body: Record<string, unknown> =
    season.revision % 3 === 0
      ? {
          ...season.current,
          soak_revision: season.revision,
          cast: season.current.cast.map((entry) => ({
            ...entry,
            fan_votes: { up: season.revision, down: 0 },
          })),
        }
      : { ...season.current };
  const text = JSON.stringify(body);
  season.goodBodies.add(text);
  writeSeasonBody(world, season, text);
}

/** The broken bodies a never-stored season's fixture cycles through. */
export function brokenBodies(season: SoakSeason): string[] {
  const whole = JSON.stringify(season.current);
  const { cast: _cast, ...withoutCast } = season.current;
  return [
    "{ this is not JSON",
    whole.slice(0, Math.floor(whole.length / 2)),
    JSON.stringify(withoutCast),
    JSON.stringify({ ...season.current, id: "not a number" }),
  ];
}

/** Replaces a never-stored season's fixture with its next broken body. */
export function writeBrokenBody(
  world: SoakWorld,
  season: SoakSeason,
  turn: number,
) {
  const bodies = brokenBodies(season);
  const text = bodies[turn % bodies.length]!;
  season.badBodies.add(text);
  writeSeasonBody(world, season, text);
}

function createSeason(
  seriesId: number,
  seasonNumber: number,
  stored: boolean,
): SoakSeason {
  const seed = seriesId * 100 + seasonNumber;
  const credits = generateSeason({
    seed,
    cast: 6,
    crew: 6,
    episodes: 8,
    seasonId: seed,
  });
  return {
    seriesId,
    seasonNumber,
    stored,
    goodBodies: new Set(),
    badBodies: new Set(),
    current: giveOwnPeople(credits, 50_000_000 + (seed % 100_000) * 100),
    revision: 0,
  };
}

/**
 * Writes the soak's series into a fixtures folder: details listing every
 * season, a first good version of each stored season, and a broken body
 * for each never-stored one.
 */
export function createSoakWorld(
  fixturesDir: string,
  firstSeriesId: number,
): SoakWorld {
  const world: SoakWorld = {
    fixturesDir,
    seasons: [],
    seriesIds: [],
    personIds: [],
  };

  for (const { offset, stored, neverStored } of layout) {
    const seriesId = firstSeriesId + offset;
    const numbers = [...stored, ...neverStored].sort((a, b) => a - b);
    const details = generateSeriesDetails({
      seriesId,
      seasonNumber: 1,
      seasonId: seriesId * 100,
      episodes: 8,
    });
    details.seasons = numbers.map((n) => ({
      ...details.seasons[0]!,
      id: seriesId * 100 + n,
      name: `Season ${n}`,
      season_number: n,
    }));
    details.number_of_seasons = numbers.length;
    writeAtomically(
      fixturesDir,
      `3/tv/${seriesId}.json`,
      JSON.stringify(details),
    );
    world.seriesIds.push(seriesId);

    for (const n of numbers) {
      const season = createSeason(seriesId, n, stored.includes(n));
      world.seasons.push(season);
      if (season.stored) writeNextVersion(world, season);
      else writeBrokenBody(world, season, 0);
    }
  }

  world.personIds = world.seasons
    .filter((season) => season.stored)
    .flatMap((season) => season.current.cast.map((entry) => entry.id));
  return world;
}
