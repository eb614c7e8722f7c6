import type { JsonObject } from "@/lib/credits/fields";
import { readFixture } from "./fixtures";

/**
 * Series details for a made-up series, shaped like the recorded Squid
 * Game details: same fields, with its own id, name and two seasons.
 */
export function testSeriesDetails(id: number, name: string): JsonObject {
  const details = readFixture("3/tv/93405");
  const seasons = (details.seasons as JsonObject[]).slice(0, 2);

  return {
    ...details,
    id,
    name,
    original_name: name,
    number_of_seasons: seasons.length,
    seasons: seasons.map((season, i) => ({
      ...season,
      id: id * 10 + i + 1,
      name: `Season ${i + 1}`,
      season_number: i + 1,
    })),
  };
}

/** A season's credits given to a made-up series: a new top-level id. */
export function asSeasonOf(credits: JsonObject, seasonId: number): JsonObject {
  return { ...credits, id: seasonId };
}
