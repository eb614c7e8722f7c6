import type { SeasonCredits } from "../fake-tmdb/credits";
import { generateSeason } from "../fake-tmdb/generate";
import { generateSeriesDetails } from "../fake-tmdb/series-details";
import { writeFixture } from "./fixtures";

/**
 * Writes a one-season series whose season has `cast` and `crew` generated
 * entries (large enough crews fill departments past their collapse
 * threshold), and returns the season's credits. The same series id gives
 * the same people.
 */
export function writeCrowdedSeries(
  fixturesDir: string,
  seriesId: number,
  size: { cast: number; crew: number },
): SeasonCredits {
  const details = generateSeriesDetails({
    seriesId,
    seasonNumber: 1,
    seasonId: seriesId * 10,
    episodes: 8,
  });
  const credits = generateSeason({
    seed: seriesId,
    ...size,
    seasonId: seriesId * 10,
  });

  writeFixture(fixturesDir, `tv/${seriesId}`, details);
  writeFixture(
    fixturesDir,
    `tv/${seriesId}/season/1/aggregate_credits`,
    credits,
  );
  return credits;
}
