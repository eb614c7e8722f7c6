import type { SeasonCredits } from "../fake-tmdb/credits";
import { generateSeason } from "../fake-tmdb/generate";
import { generateSeriesDetails } from "../fake-tmdb/series-details";
import { writeFixture } from "./fixtures";

const episodes = 6;

/** A small generated season; the same series and season give the same. */
export function generatedSeason(
  seriesId: number,
  seasonNumber: number,
): SeasonCredits {
  return generateSeason({
    seed: seriesId * 1000 + seasonNumber,
    cast: 4,
    crew: 4,
    episodes,
    seasonId: seriesId * 1000 + seasonNumber,
  });
}

/**
 * Writes into a fixtures folder a series whose details list
 * `seasonNumbers`, and the credits of each of those seasons.
 */
export function writeGeneratedSeries(
  fixturesDir: string,
  seriesId: number,
  seasonNumbers: number[],
): void {
  const details = generateSeriesDetails({
    seriesId,
    seasonNumber: seasonNumbers[0] ?? 1,
    seasonId: seriesId * 1000,
    episodes,
  });
  const [listing] = details.seasons;
  details.seasons = seasonNumbers.map((seasonNumber) => ({
    ...listing!,
    id: seriesId * 1000 + seasonNumber,
    name: `Season ${seasonNumber}`,
    season_number: seasonNumber,
  }));
  details.number_of_seasons = seasonNumbers.length;
  writeFixture(fixturesDir, `tv/${seriesId}`, details);

  for (const seasonNumber of seasonNumbers) {
    writeFixture(
      fixturesDir,
      `tv/${seriesId}/season/${seasonNumber}/aggregate_credits`,
      generatedSeason(seriesId, seasonNumber),
    );
  }
}
