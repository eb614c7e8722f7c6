import type { DbClient } from "../db/types";

/** A season the API documentation builds its examples on. */
export type ExampleSeason = {
  series: { id: number; name: string; slug: string };
  seasonNumber: number;
  language: string;
  /** Its first and latest stored versions; null when nothing is stored. */
  versions: { first: Date; latest: Date } | null;
};

// Squid Game's second season, which TMDB has, for a site that has stored
// nothing yet: its examples fetch the season when the site has a token.
export const fallbackExampleSeason: ExampleSeason = {
  series: { id: 93405, name: "Squid Game", slug: "squid-game" },
  seasonNumber: 2,
  language: "en-US",
  versions: null,
};

/**
 * The season castlog stored most recently (one TMDB still lists), with
 * the times of its first and latest versions; the fallback when none.
 */
export async function readExampleSeason(db: DbClient): Promise<ExampleSeason> {
  const season = await db.season.findFirst({
    where: { missingAt: null, snapshots: { some: {} } },
    // Ids are given in creation order, and the key serves the order.
    orderBy: { id: "desc" },
    select: {
      id: true,
      seasonNumber: true,
      language: true,
      series: { select: { id: true, name: true, slug: true } },
    },
  });
  if (!season) return fallbackExampleSeason;

  const byTime = (order: "asc" | "desc") =>
    db.snapshot.findFirst({
      where: { seasonId: season.id },
      orderBy: [{ fetchedAt: order }, { id: order }],
      select: { fetchedAt: true },
    });
  const [first, latest] = await Promise.all([byTime("asc"), byTime("desc")]);

  return {
    series: season.series,
    seasonNumber: season.seasonNumber,
    language: season.language,
    versions:
      first && latest
        ? { first: first.fetchedAt, latest: latest.fetchedAt }
        : null,
  };
}
