import type { DbClient } from "../db/types";
import { groupBySeason, type SeasonEntry } from "./group";
import { findSeenTimes, type SeenTimes } from "./seen";

export type PersonSeason = SeenTimes & {
  seasonId: number;
  seasonNumber: number;
  entries: SeasonEntry[];
};

export type PersonSeries = {
  id: number;
  name: string;
  slug: string;
  /** In season order, specials (season 0) first. */
  seasons: PersonSeason[];
};

const versionSelect = {
  seasonId: true,
  kind: true,
  department: true,
  position: true,
  fromSnapshotId: true,
  toSnapshotId: true,
  totalEpisodeCount: true,
  jobs: {
    select: { character: true, job: true, episodeCount: true },
    orderBy: { position: "asc" },
  },
} as const;

const seasonSelect = {
  id: true,
  seasonNumber: true,
  checkedAt: true,
  series: { select: { id: true, name: true, slug: true } },
} as const;

/**
 * Every stored credit of a person in one language's history, grouped by
 * series (by name) then season. Reads the person's versions through the
 * Credit.personId index, never the whole table. Empty when castlog has
 * none.
 */
export async function readPersonCredits(
  db: DbClient,
  personId: number,
  language: string,
): Promise<PersonSeries[]> {
  const versions = await db.credit.findMany({
    where: { personId, season: { language } },
    select: versionSelect,
  });
  const spans = groupBySeason(versions);
  if (spans.length === 0) return [];

  const seasons = await db.season.findMany({
    where: { id: { in: spans.map((s) => s.seasonId) } },
    select: seasonSelect,
  });
  const seasonById = new Map(seasons.map((s) => [s.id, s]));
  const seen = await findSeenTimes(db, spans, seasonById);

  const bySeries = new Map<number, PersonSeries>();
  for (const span of spans) {
    const season = seasonById.get(span.seasonId)!;
    const series = bySeries.get(season.series.id) ?? {
      ...season.series,
      seasons: [],
    };
    series.seasons.push({
      seasonId: span.seasonId,
      seasonNumber: season.seasonNumber,
      entries: span.entries,
      ...seen.get(span.seasonId)!,
    });
    bySeries.set(series.id, series);
  }

  return [...bySeries.values()]
    .map((series) => ({
      ...series,
      seasons: series.seasons.sort((a, b) => a.seasonNumber - b.seasonNumber),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.id - b.id);
}

/**
 * The languages in which castlog holds credits of the person, sorted.
 * Reads through the Credit.personId index.
 */
export async function listPersonLanguages(
  db: DbClient,
  personId: number,
): Promise<string[]> {
  const credits = await db.credit.findMany({
    where: { personId },
    select: { seasonId: true },
    distinct: ["seasonId"],
  });
  const seasons = await db.season.findMany({
    where: { id: { in: credits.map((c) => c.seasonId) } },
    select: { language: true },
    distinct: ["language"],
  });

  return seasons.map((s) => s.language).sort();
}
