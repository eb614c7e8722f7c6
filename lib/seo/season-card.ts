import type { DbClient } from "../db/types";
import { defaultLanguage } from "../urls";

/** What a shared link to a season shows: names only, no pictures. */
export type SeasonCard = {
  seriesName: string;
  seasonNumber: number;
  language: string;
  /** The first names of the cast, in TMDB's billing order. */
  leadingCast: string[];
};

/**
 * The card of a season from what castlog stored (never from TMDB): the
 * default language's version when there is one, else the most recently
 * checked language's. Null when no version of the season is stored.
 */
export async function findSeasonCard(
  db: DbClient,
  seriesId: number,
  seasonNumber: number,
  castSize = 4,
): Promise<SeasonCard | null> {
  const seasons = await db.season.findMany({
    where: { seriesId, seasonNumber, snapshots: { some: {} } },
    select: {
      id: true,
      language: true,
      series: { select: { name: true } },
    },
    orderBy: { checkedAt: { sort: "desc", nulls: "last" } },
  });
  const season =
    seasons.find((s) => s.language === defaultLanguage) ?? seasons[0];
  if (!season) return null;

  // The versions still open are those of the newest snapshot.
  const cast = await db.credit.findMany({
    where: { seasonId: season.id, toSnapshotId: null, kind: "cast" },
    select: { name: true },
    orderBy: { position: "asc" },
    take: castSize,
  });
  return {
    seriesName: season.series.name,
    seasonNumber,
    language: season.language,
    leadingCast: cast.map((credit) => credit.name),
  };
}
