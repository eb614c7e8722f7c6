import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CastEntry, CrewEntry } from "./credits";
import { formatFixture, generateSeason, mutateSeason } from "./generate";
import { bundledFixturesDir, season2Path } from "./test-support";

const real = JSON.parse(
  readFileSync(path.join(bundledFixturesDir, `${season2Path}.json`), "utf8"),
);

const episodeSum = (credits: Array<{ episode_count: number }>) =>
  credits.reduce((sum, credit) => sum + credit.episode_count, 0);

describe("mutateSeason", () => {
  const season = generateSeason({ seed: 11, cast: 200, crew: 5000 });
  const entriesOf = (s: typeof season) => [...s.cast, ...s.crew];

  const changedEntries = (mutated: typeof season) => {
    const after = entriesOf(mutated);
    return entriesOf(season).filter(
      (entry, i) => JSON.stringify(entry) !== JSON.stringify(after[i]),
    );
  };

  it("changes the requested fraction of the entries", () => {
    const total = season.cast.length + season.crew.length;

    const mutated = mutateSeason(season, { seed: 1, fraction: 0.01 });

    expect(changedEntries(mutated)).toHaveLength(Math.round(total * 0.01));
  });

  it("changes one episode count by one and keeps the totals right", () => {
    const mutated = mutateSeason(season, { seed: 2, fraction: 0.05 });
    const after = entriesOf(mutated);

    entriesOf(season).forEach((entry, i) => {
      const changed = after[i] as CastEntry | CrewEntry;
      const credits = "roles" in changed ? changed.roles : changed.jobs;
      const before = "roles" in entry ? entry.roles : entry.jobs;
      const moves = credits.map((c, j) =>
        Math.abs(c.episode_count - (before[j]?.episode_count ?? 0)),
      );
      expect(moves.filter((m) => m !== 0).length).toBeLessThanOrEqual(1);
      expect(Math.max(...moves)).toBeLessThanOrEqual(1);
      expect(changed.total_episode_count).toBe(episodeSum(credits));
    });
  });

  it("is deterministic and leaves its input untouched", () => {
    const before = formatFixture(season);

    const a = mutateSeason(season, { seed: 3, fraction: 0.01 });
    const b = mutateSeason(season, { seed: 3, fraction: 0.01 });
    const c = mutateSeason(season, { seed: 4, fraction: 0.01 });

    expect(formatFixture(a)).toBe(formatFixture(b));
    expect(formatFixture(a)).not.toBe(formatFixture(c));
    expect(formatFixture(season)).toBe(before);
  });

  it("changes nothing for fraction 0 and at least one entry otherwise", () => {
    const small = generateSeason({ seed: 1, cast: 3, crew: 3 });

    expect(mutateSeason(small, { seed: 1, fraction: 0 })).toEqual(small);
    expect(mutateSeason(small, { seed: 1, fraction: 0.01 })).not.toEqual(small);
  });

  it("also mutates the real fixture", () => {
    const mutated = mutateSeason(real, { seed: 1, fraction: 0.1 });

    expect(JSON.stringify(mutated)).not.toBe(JSON.stringify(real));
    expect(mutated.cast).toHaveLength(11);
  });
});
