// Reads of credit versions with their roles or jobs, as plain rows. One
// raw statement returns them all as a single JSON value, jobs nested in
// their credits: rather than Prisma's include, which sends every credit id
// back as a parameter (a season can hold thousands), and quicker than
// rows on PGlite, whose adapter converts each row on its own.
import { Prisma } from "../db/generated/client";
import type { DbClient } from "../db/types";
import type { CreditRow } from "./normalize";

export type StoredCredit = CreditRow & { id: number };

/**
 * The season's credit versions that `inForce` selects (a condition on
 * the Credit row `c`), with their jobs, in order.
 */
async function readVersions(
  db: DbClient,
  seasonId: number,
  inForce: Prisma.Sql,
): Promise<StoredCredit[]> {
  const rows = await db.$queryRaw<{ credits: StoredCredit[] }[]>`
    SELECT COALESCE(json_agg(v ORDER BY v."kind", v."position"), '[]')
      AS "credits"
    FROM (
      SELECT c."id", c."kind", c."department", c."personId", c."position",
        c."adult", c."gender", c."knownForDepartment", c."name",
        c."originalName", c."profilePath", c."order",
        c."totalEpisodeCount", c."layout", c."extra",
        COALESCE((
          SELECT json_agg(json_build_object('position', j."position",
            'tmdbCreditId', j."tmdbCreditId", 'character', j."character",
            'job', j."job", 'episodeCount', j."episodeCount",
            'layout', j."layout", 'extra', j."extra") ORDER BY j."position")
          FROM "Job" j WHERE j."creditId" = c."id"), '[]') AS "jobs"
      FROM "Credit" c
      WHERE c."seasonId" = ${seasonId} AND ${inForce}
    ) v`;
  return rows[0]!.credits;
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
