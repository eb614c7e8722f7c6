// Reads of credit versions with their roles or jobs, as plain rows. Raw
// SQL in two statements (the credits, then their jobs through the same
// filter) rather than Prisma's include, which sends every credit id back
// as a parameter: a season can hold thousands.
import { Prisma } from "../db/generated/client";
import type { DbClient } from "../db/types";
import type { CreditRow, JobRow } from "./normalize";

export type StoredCredit = CreditRow & { id: number };

type CreditRecord = Omit<StoredCredit, "jobs">;
type JobRecord = JobRow & { creditId: number };

/**
 * The season's credit versions that `inForce` selects (a condition on
 * the Credit row `c`), with their jobs, in order.
 */
async function readVersions(
  db: DbClient,
  seasonId: number,
  inForce: Prisma.Sql,
): Promise<StoredCredit[]> {
  const credits = await db.$queryRaw<CreditRecord[]>`
    SELECT c."id", c."kind"::text AS "kind", c."department", c."personId",
      c."position", c."adult", c."gender", c."knownForDepartment", c."name",
      c."originalName", c."profilePath", c."order", c."totalEpisodeCount",
      c."layout", c."extra"
    FROM "Credit" c
    WHERE c."seasonId" = ${seasonId} AND ${inForce}
    ORDER BY c."kind", c."position"`;
  const jobs = await db.$queryRaw<JobRecord[]>`
    SELECT j."creditId", j."position", j."tmdbCreditId", j."character",
      j."job", j."episodeCount", j."layout", j."extra"
    FROM "Credit" c
    JOIN "Job" j ON j."creditId" = c."id"
    WHERE c."seasonId" = ${seasonId} AND ${inForce}
    ORDER BY j."creditId", j."position"`;

  const byCredit = new Map<number, JobRow[]>();
  for (const { creditId, ...job } of jobs) {
    const list = byCredit.get(creditId);
    if (list) list.push(job);
    else byCredit.set(creditId, [job]);
  }
  return credits.map((credit) => ({
    ...credit,
    jobs: byCredit.get(credit.id) ?? [],
  }));
}

/**
 * The credit versions in force now (never superseded), in order, through
 * the Credit (seasonId, toSnapshotId) index.
 */
export async function readCurrentCredits(
  db: DbClient,
  seasonId: number,
): Promise<StoredCredit[]> {
  return readVersions(db, seasonId, Prisma.sql`c."toSnapshotId" IS NULL`);
}

/** Whether the Credit row `c` is a version in force at the snapshot. */
const inForceAt = (snapshotId: number) =>
  Prisma.sql`c."fromSnapshotId" <= ${snapshotId}
    AND (c."toSnapshotId" IS NULL OR c."toSnapshotId" > ${snapshotId})`;

/**
 * The credit versions in force at a snapshot, in order, through the
 * Credit (seasonId, fromSnapshotId) index.
 */
export async function readSnapshotCredits(
  db: DbClient,
  seasonId: number,
  snapshotId: number,
): Promise<StoredCredit[]> {
  return readVersions(db, seasonId, inForceAt(snapshotId));
}

/** The latest popularity of everyone credited at a snapshot. */
export async function readSnapshotPopularity(
  db: DbClient,
  seasonId: number,
  snapshotId: number,
): Promise<Map<number, number | null>> {
  const people = await db.$queryRaw<
    { id: number; popularity: number | null }[]
  >`
    SELECT p."id", p."popularity"
    FROM "Person" p
    WHERE p."id" IN (
      SELECT c."personId" FROM "Credit" c
      WHERE c."seasonId" = ${seasonId} AND ${inForceAt(snapshotId)})`;
  return new Map(people.map((p) => [p.id, p.popularity]));
}
