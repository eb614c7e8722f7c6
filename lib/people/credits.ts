import type { DbClient } from "../db/types";
import { groupBySeason, type CreditVersion, type SeasonEntry } from "./group";
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

type VersionRow = CreditVersion & {
  seasonNumber: number;
  checkedAt: Date | null;
  seriesId: number;
  seriesName: string;
  seriesSlug: string;
  /** When the snapshots opening and closing the version were fetched. */
  openedAt: Date;
  closedAt: Date | null;
};

/**
 * Every version of the person's credits in one language's history, with
 * its season, series, roles or jobs and the times of the snapshots that
 * bound it, in one statement through the Credit (personId, seasonId)
 * index.
 */
async function readVersions(
  db: DbClient,
  personId: number,
  language: string,
): Promise<VersionRow[]> {
  return db.$queryRaw<VersionRow[]>`
    SELECT c."seasonId", c."kind"::text AS "kind", c."department",
      c."position", c."fromSnapshotId", c."toSnapshotId",
      c."totalEpisodeCount", s."seasonNumber", s."checkedAt",
      r."id" AS "seriesId", r."name" AS "seriesName",
      r."slug" AS "seriesSlug", opened."fetchedAt" AS "openedAt",
      closed."fetchedAt" AS "closedAt",
      COALESCE((
        SELECT json_agg(json_build_object('character', j."character",
          'job', j."job", 'episodeCount', j."episodeCount")
          ORDER BY j."position")
        FROM "Job" j WHERE j."creditId" = c."id"), '[]'::json) AS "jobs"
    FROM "Credit" c
    JOIN "Season" s ON s."id" = c."seasonId"
    JOIN "Series" r ON r."id" = s."seriesId"
    JOIN "Snapshot" opened ON opened."id" = c."fromSnapshotId"
    LEFT JOIN "Snapshot" closed ON closed."id" = c."toSnapshotId"
    WHERE c."personId" = ${personId} AND s."language" = ${language}`;
}

/** When each snapshot that opened or closed one of the versions was. */
function snapshotTimes(versions: VersionRow[]): Map<number, Date> {
  const times = new Map<number, Date>();
  for (const version of versions) {
    times.set(version.fromSnapshotId, version.openedAt);
    if (version.toSnapshotId !== null && version.closedAt) {
      times.set(version.toSnapshotId, version.closedAt);
    }
  }
  return times;
}

/**
 * Every stored credit of a person in one language's history, grouped by
 * series (by name) then season. Reads the person's versions through the
 * Credit (personId, seasonId) index, never the whole table, in one
 * statement (and one more for each season the person left). Empty when
 * castlog has none.
 */
export async function readPersonCredits(
  db: DbClient,
  personId: number,
  language: string,
): Promise<PersonSeries[]> {
  const versions = await readVersions(db, personId, language);
  const spans = groupBySeason(versions);
  if (spans.length === 0) return [];

  const seasonById = new Map(versions.map((v) => [v.seasonId, v]));
  const seen = await findSeenTimes(
    db,
    spans,
    seasonById,
    snapshotTimes(versions),
  );

  const bySeries = new Map<number, PersonSeries>();
  for (const span of spans) {
    const season = seasonById.get(span.seasonId)!;
    const series = bySeries.get(season.seriesId) ?? {
      id: season.seriesId,
      name: season.seriesName,
      slug: season.seriesSlug,
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
 * Reads the Credit (personId, seasonId) index alone.
 */
export async function listPersonLanguages(
  db: DbClient,
  personId: number,
): Promise<string[]> {
  const seasons = await db.$queryRaw<{ language: string }[]>`
    SELECT DISTINCT s."language"
    FROM "Season" s
    WHERE s."id" IN (
      SELECT c."seasonId" FROM "Credit" c WHERE c."personId" = ${personId})`;

  return seasons.map((s) => s.language).sort();
}
