import { slugify } from "@/lib/series/slug";
import { seasonPath } from "@/lib/urls";
import type { SeasonCredits } from "../fake-tmdb/credits";
import { generateSeason } from "../fake-tmdb/generate";
import { generateSeriesDetails } from "../fake-tmdb/series-details";
import { writeFixture } from "../support/fixtures";

const episodes = 10;

/** A generated season of `entries` cast and crew entries (40 % cast). */
export function benchSeason(
  seriesId: number,
  seasonNumber: number,
  entries: number,
): SeasonCredits {
  const cast = Math.round(entries * 0.4);
  return generateSeason({
    seed: seriesId * 100 + seasonNumber,
    cast,
    crew: entries - cast,
    episodes,
    seasonId: seriesId * 100 + seasonNumber,
  });
}

/** Series details listing seasons 1..`seasons`, as TMDB would send them. */
export function benchSeriesDetails(seriesId: number, seasons: number) {
  const details = generateSeriesDetails({
    seriesId,
    seasonNumber: 1,
    seasonId: seriesId * 100 + 1,
    episodes,
  });
  const [listing] = details.seasons;
  details.seasons = Array.from({ length: seasons }, (_, i) => ({
    ...listing!,
    id: seriesId * 100 + i + 1,
    name: `Season ${i + 1}`,
    season_number: i + 1,
  }));
  details.number_of_seasons = seasons;
  return details;
}

/**
 * Writes a series with seasons 1..`seasons`, each of `entries` entries,
 * into the fake TMDB server's fixtures folder.
 */
export function writeBenchSeries(
  fixturesDir: string,
  seriesId: number,
  seasons: number,
  entries: number,
): void {
  writeFixture(
    fixturesDir,
    `tv/${seriesId}`,
    benchSeriesDetails(seriesId, seasons),
  );
  for (let n = 1; n <= seasons; n += 1) {
    writeFixture(
      fixturesDir,
      `tv/${seriesId}/season/${n}/aggregate_credits`,
      benchSeason(seriesId, n, entries),
    );
  }
}

/** The canonical page of a bench series' season, as the site links it. */
export function benchSeasonPath(seriesId: number, seasonNumber: number) {
  const { name } = benchSeriesDetails(seriesId, 1);
  return seasonPath({ id: seriesId, slug: slugify(name) }, seasonNumber);
}
