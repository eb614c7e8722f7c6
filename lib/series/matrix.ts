import type { DbClient } from "../db/types";

/** A person's episodes in one season, from the current credit versions. */
export type SeasonEpisodes = {
  /** Episodes of their cast entry; 0 when not in the cast. */
  cast: number;
  /** Episodes of their largest crew department; 0 when not in the crew. */
  crew: number;
  /** The episodes counted for the season: the larger of the two. */
  episodes: number;
};

export type MatrixPerson = {
  personId: number;
  name: string;
  /** Keyed by season number; only the seasons the person is credited in. */
  seasons: Record<number, SeasonEpisodes>;
  totalEpisodes: number;
  firstSeason: number;
};

export type SeriesMatrix = {
  /** Every season stored in the language, in order, credited or not. */
  seasonNumbers: number[];
  people: MatrixPerson[];
};

export const matrixSorts = ["total", "first"] as const;
export type MatrixSort = (typeof matrixSorts)[number];

type CellRow = {
  seasonNumber: number;
  personId: number;
  name: string;
  kind: "cast" | "crew";
  episodes: number;
};

/**
 * One row per season, person and kind, over the current versions only
 * (the Credit (seasonId, toSnapshotId) index). Crew entries of several
 * departments collapse to the largest, because the same episodes usually
 * carry all of a person's jobs; a sum would count them twice. An entry
 * without TMDB's total falls back to the sum of its roles or jobs.
 */
async function readCells(
  db: DbClient,
  seriesId: number,
  language: string,
): Promise<CellRow[]> {
  return db.$queryRaw<CellRow[]>`
    SELECT s."seasonNumber", c."personId", p."name", c."kind"::text AS "kind",
      MAX(COALESCE(c."totalEpisodeCount",
        (SELECT SUM(j."episodeCount") FROM "Job" j
          WHERE j."creditId" = c."id"),
        0))::int AS "episodes"
    FROM "Season" s
    JOIN "Credit" c ON c."seasonId" = s."id" AND c."toSnapshotId" IS NULL
    JOIN "Person" p ON p."id" = c."personId"
    WHERE s."seriesId" = ${seriesId} AND s."language" = ${language}
    GROUP BY s."seasonNumber", c."personId", p."name", c."kind"`;
}

function addCell(people: Map<number, MatrixPerson>, row: CellRow): void {
  let person = people.get(row.personId);
  if (!person) {
    person = {
      personId: row.personId,
      name: row.name,
      seasons: {},
      totalEpisodes: 0,
      firstSeason: row.seasonNumber,
    };
    people.set(row.personId, person);
  }

  const cell = person.seasons[row.seasonNumber] ?? {
    cast: 0,
    crew: 0,
    episodes: 0,
  };
  cell[row.kind] = row.episodes;
  person.totalEpisodes += Math.max(cell.cast, cell.crew) - cell.episodes;
  cell.episodes = Math.max(cell.cast, cell.crew);
  person.seasons[row.seasonNumber] = cell;
  person.firstSeason = Math.min(person.firstSeason, row.seasonNumber);
}

/**
 * The people-by-season matrix of a series in one language: everyone in
 * the current cast or crew of any stored season, with their episodes per
 * season, sorted by total episodes. Its two reads run at once.
 */
export async function readSeriesMatrix(
  db: DbClient,
  seriesId: number,
  language: string,
): Promise<SeriesMatrix> {
  const [seasons, cells] = await Promise.all([
    db.season.findMany({
      where: { seriesId, language },
      select: { seasonNumber: true },
      orderBy: { seasonNumber: "asc" },
    }),
    readCells(db, seriesId, language),
  ]);

  const people = new Map<number, MatrixPerson>();
  for (const row of cells) addCell(people, row);

  return {
    seasonNumbers: seasons.map((season) => season.seasonNumber),
    people: sortMatrixPeople([...people.values()], "total"),
  };
}

const byName = (a: MatrixPerson, b: MatrixPerson) =>
  a.name.localeCompare(b.name, "en") || a.personId - b.personId;

/**
 * People in the matrix's orders: "total" puts the most episodes first;
 * "first" puts the earliest first season first, the most episodes next.
 * Returns a new array.
 */
export function sortMatrixPeople(
  people: MatrixPerson[],
  sort: MatrixSort,
): MatrixPerson[] {
  const byTotal = (a: MatrixPerson, b: MatrixPerson) =>
    b.totalEpisodes - a.totalEpisodes;
  const byFirst = (a: MatrixPerson, b: MatrixPerson) =>
    a.firstSeason - b.firstSeason;

  return [...people].sort(
    sort === "total"
      ? (a, b) => byTotal(a, b) || byFirst(a, b) || byName(a, b)
      : (a, b) => byFirst(a, b) || byTotal(a, b) || byName(a, b),
  );
}
