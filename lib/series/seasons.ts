import type { DbClient } from "../db/types";
import { seriesDetailsSchema } from "../tmdb/schemas";

export type SeasonListing = {
  seasonNumber: number;
  name: string;
  episodeCount: number | null;
  airDate: string | null;
};

/**
 * The seasons TMDB lists for a series (season 0, the specials, included),
 * in season order, from the details castlog stored last. Empty when the
 * series or its details are not stored.
 */
export async function listSeriesSeasons(
  db: DbClient,
  seriesId: number,
): Promise<SeasonListing[]> {
  const row = await db.series.findUnique({
    where: { id: seriesId },
    select: { details: true },
  });
  const details = seriesDetailsSchema.safeParse(row?.details);
  if (!details.success) return [];

  return details.data.seasons
    .map((season) => ({
      seasonNumber: season.season_number,
      name: season.name,
      episodeCount: season.episode_count ?? null,
      airDate: season.air_date ?? null,
    }))
    .sort((a, b) => a.seasonNumber - b.seasonNumber);
}
