import { describe, expect, it } from "vitest";
import { aggregateCreditsSchema } from "@/lib/tmdb/schemas";
import type { CastEntry, CrewEntry } from "./credits";
import { formatFixture, generateSeason } from "./generate";
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledFixturesDir, season2Path } from "./test-support";

const real = JSON.parse(
  readFileSync(path.join(bundledFixturesDir, `${season2Path}.json`), "utf8"),
);

const keysOf = (value: object) => Object.keys(value);

const episodeSum = (credits: Array<{ episode_count: number }>) =>
  credits.reduce((sum, credit) => sum + credit.episode_count, 0);

describe("generateSeason", () => {
  const large = generateSeason({ seed: 1, cast: 200, crew: 5000 });

  it("gives byte-identical JSON for the same seed", () => {
    const again = generateSeason({ seed: 1, cast: 200, crew: 5000 });

    expect(formatFixture(again)).toBe(formatFixture(large));
  });

  it("gives different seasons for different seeds", () => {
    const a = generateSeason({ seed: 1, cast: 20, crew: 50 });
    const b = generateSeason({ seed: 2, cast: 20, crew: 50 });

    expect(formatFixture(a)).not.toBe(formatFixture(b));
  });

  it("makes exactly the number of cast and crew entries asked for", () => {
    for (const [cast, crew] of [
      [0, 0],
      [1, 1],
      [3, 7],
      [200, 5000],
    ] as const) {
      const season = generateSeason({ seed: 5, cast, crew });
      expect([season.cast.length, season.crew.length]).toEqual([cast, crew]);
    }
  });

  it("uses the key order of TMDB's real response at every level", () => {
    const [realCast, realCrew] = [real.cast[0], real.crew[0]];
    const [cast, crew] = [
      large.cast[0] as CastEntry,
      large.crew[0] as CrewEntry,
    ];

    expect(keysOf(large)).toEqual(keysOf(real));
    expect(keysOf(cast)).toEqual(keysOf(realCast));
    expect(keysOf(cast.roles[0] as object)).toEqual(keysOf(realCast.roles[0]));
    expect(keysOf(crew)).toEqual(keysOf(realCrew));
    expect(keysOf(crew.jobs[0] as object)).toEqual(keysOf(realCrew.jobs[0]));
  });

  it("passes the app's own schema for aggregate credits", () => {
    expect(aggregateCreditsSchema.safeParse(large).success).toBe(true);
  });

  it("sets each total_episode_count to the sum of the entry's episode counts", () => {
    for (const entry of large.cast) {
      expect(entry.total_episode_count).toBe(episodeSum(entry.roles));
    }
    for (const entry of large.crew) {
      expect(entry.total_episode_count).toBe(episodeSum(entry.jobs));
    }
  });

  it("keeps episode counts between 1 and the season's episodes", () => {
    const season = generateSeason({
      seed: 9,
      cast: 50,
      crew: 500,
      episodes: 6,
    });
    const counts = [
      ...season.cast.flatMap((e) => e.roles),
      ...season.crew.flatMap((e) => e.jobs),
    ].map((credit) => credit.episode_count);

    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(6);
  });

  it("uses the season id given, or one derived from the seed", () => {
    expect(generateSeason({ seed: 3, cast: 1, crew: 1, seasonId: 42 }).id).toBe(
      42,
    );
    expect(generateSeason({ seed: 3, cast: 1, crew: 1 }).id).toBe(5_000_003);
  });

  it("gives every credit a unique 24-hex-digit credit id", () => {
    const ids = [
      ...large.cast.flatMap((e) => e.roles),
      ...large.crew.flatMap((e) => e.jobs),
    ].map((credit) => credit.credit_id);

    expect(ids.every((id) => /^[0-9a-f]{24}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives each person one id, used once per list and department", () => {
    const castIds = large.cast.map((e) => e.id);
    const crewKeys = large.crew.map((e) => `${e.id}|${e.department}`);
    const namesById = new Map<number, string>();
    for (const entry of [...large.cast, ...large.crew]) {
      expect(namesById.get(entry.id) ?? entry.name).toBe(entry.name);
      namesById.set(entry.id, entry.name);
    }

    expect(new Set(castIds).size).toBe(castIds.length);
    expect(new Set(crewKeys).size).toBe(crewKeys.length);
  });

  it("groups the crew by TMDB's departments in alphabetical order", () => {
    const order = large.crew.map((e) => e.department);
    const groups = order.filter((name, i) => name !== order[i - 1]);

    expect(groups).toEqual([
      "Art",
      "Camera",
      "Costume & Make-Up",
      "Crew",
      "Directing",
      "Editing",
      "Lighting",
      "Production",
      "Sound",
      "Visual Effects",
      "Writing",
    ]);
  });

  it("looks like real data: gaps in order, missing photos, shared people", () => {
    const orders = large.cast.map((e) => e.order);
    const castIds = new Set(large.cast.map((e) => e.id));
    const crewIds = large.crew.map((e) => e.id);

    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(orders.at(-1)).toBeGreaterThan(orders.length - 1);
    expect(large.crew.some((e) => e.profile_path === null)).toBe(true);
    expect(large.cast.some((e) => e.profile_path !== null)).toBe(true);
    expect(large.cast.some((e) => e.roles.length === 2)).toBe(true);
    expect(large.crew.some((e) => e.jobs.length === 2)).toBe(true);
    expect(crewIds.some((id) => castIds.has(id))).toBe(true);
    expect(new Set(crewIds).size).toBeLessThan(crewIds.length);
  });

  it("makes and formats 8,000 crew entries within a second", () => {
    const started = performance.now();
    formatFixture(generateSeason({ seed: 7, cast: 300, crew: 8000 }));

    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses sizes and seeds that are not whole numbers", () => {
    expect(() => generateSeason({ seed: 1, cast: -1, crew: 1 })).toThrow();
    expect(() => generateSeason({ seed: 1.5, cast: 1, crew: 1 })).toThrow();
  });
});
