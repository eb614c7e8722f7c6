import type { DbClient } from "../db/types";

/** One role or job of a person in a series, gathered over its seasons. */
export type OverlapRole = {
  kind: "cast" | "crew";
  /** Crew department; empty for cast. */
  department: string;
  /** The character (cast) or the job (crew), as TMDB names it. */
  title: string;
  seasons: number[];
  /** Episodes of this role or job, summed over the seasons. */
  episodes: number;
};

export type OverlapPerson = {
  personId: number;
  name: string;
  /** Roles in the first series and in the other one. */
  roles: [OverlapRole[], OverlapRole[]];
};

export type SeriesOverlap = {
  /** Everyone credited in both series, whether listed or not. */
  total: number;
  /** The first `limit` of them, most episodes (in both series) first. */
  people: OverlapPerson[];
};

type SharedRow = { personId: number; name: string; total: number };

/**
 * People in the current credits of both series, most episodes first. The
 * season lookup uses the Season (seriesId, seasonNumber, language) key,
 * the credits the Credit (seasonId, toSnapshotId) index.
 */
async function readSharedPeople(
  db: DbClient,
  seriesIds: [number, number],
  language: string,
  limit: number,
): Promise<SharedRow[]> {
  return db.$queryRaw<SharedRow[]>`
    WITH shared AS (
      SELECT c."personId",
        SUM(COALESCE(c."totalEpisodeCount", 0)) AS "episodes"
      FROM "Season" s
      JOIN "Credit" c ON c."seasonId" = s."id" AND c."toSnapshotId" IS NULL
      WHERE s."seriesId" IN (${seriesIds[0]}, ${seriesIds[1]})
        AND s."language" = ${language}
      GROUP BY c."personId"
      HAVING COUNT(DISTINCT s."seriesId") = 2
    )
    SELECT shared."personId", p."name", (COUNT(*) OVER ())::int AS "total"
    FROM shared JOIN "Person" p ON p."id" = shared."personId"
    ORDER BY shared."episodes" DESC, p."name", shared."personId"
    LIMIT ${limit}`;
}

type CreditWithJobs = {
  personId: number;
  kind: "cast" | "crew";
  department: string;
  season: { seriesId: number; seasonNumber: number };
  jobs: {
    character: string | null;
    job: string | null;
    episodeCount: number | null;
  }[];
};

/** Adds one credit's roles or jobs to a person's roles in a series. */
function addRoles(roles: OverlapRole[], credit: CreditWithJobs): void {
  for (const job of credit.jobs) {
    const title = (credit.kind === "cast" ? job.character : job.job) ?? "";
    let role = roles.find(
      (r) =>
        r.kind === credit.kind &&
        r.department === credit.department &&
        r.title === title,
    );
    if (!role) {
      role = {
        kind: credit.kind,
        department: credit.department,
        title,
        seasons: [],
        episodes: 0,
      };
      roles.push(role);
    }
    if (!role.seasons.includes(credit.season.seasonNumber)) {
      role.seasons.push(credit.season.seasonNumber);
      role.seasons.sort((a, b) => a - b);
    }
    role.episodes += job.episodeCount ?? 0;
  }
}

/**
 * The people credited in both series (current versions, one language),
 * with their roles in each: characters, jobs, departments and seasons.
 */
export async function readSeriesOverlap(
  db: DbClient,
  seriesIds: [number, number],
  language: string,
  limit: number,
): Promise<SeriesOverlap> {
  const shared = await readSharedPeople(db, seriesIds, language, limit);
  if (shared.length === 0) return { total: 0, people: [] };

  const credits: CreditWithJobs[] = await db.credit.findMany({
    where: {
      toSnapshotId: null,
      personId: { in: shared.map((row) => row.personId) },
      season: { seriesId: { in: seriesIds }, language },
    },
    select: {
      personId: true,
      kind: true,
      department: true,
      season: { select: { seriesId: true, seasonNumber: true } },
      jobs: {
        select: { character: true, job: true, episodeCount: true },
        orderBy: { position: "asc" },
      },
    },
    orderBy: [
      { kind: "asc" },
      { department: "asc" },
      { season: { seasonNumber: "asc" } },
      { position: "asc" },
    ],
  });

  const people = new Map<number, OverlapPerson>(
    shared.map((row) => [
      row.personId,
      { personId: row.personId, name: row.name, roles: [[], []] },
    ]),
  );
  for (const credit of credits) {
    const side = credit.season.seriesId === seriesIds[0] ? 0 : 1;
    addRoles(people.get(credit.personId)!.roles[side], credit);
  }

  return { total: shared[0]!.total, people: [...people.values()] };
}
