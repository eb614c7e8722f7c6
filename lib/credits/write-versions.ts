// Bulk writes of credit versions. A season of thousands of entries is
// written in a statement per table, its rows passed as one JSON parameter
// and unpacked by json_to_recordset: the same SQL on PGlite and
// PostgreSQL, and no limit on bind parameters to split around. The
// parameter is read once, so it is json, which is parsed as it is read,
// rather than jsonb, which is built first.
import type { DbClient } from "../db/types";
import type { CreditRow, PersonRow } from "./normalize";

/**
 * Keeps the latest name, picture and popularity of each person. Only new
 * and changed people reach the upsert: ON CONFLICT locks every row it
 * meets, even one it then leaves as it is, and an unchanged refetch of a
 * large season should neither lock nor dirty thousands of rows.
 */
export async function upsertPeople(
  tx: DbClient,
  people: PersonRow[],
  at: Date,
): Promise<void> {
  if (people.length === 0) return;

  // In id order, so that concurrent ingests of seasons sharing people
  // take those people's row locks in the same order.
  const rows = [...people].sort((a, b) => a.id - b.id);
  await tx.$executeRaw`
    INSERT INTO "Person" ("id", "name", "profilePath", "popularity",
      "updatedAt")
    SELECT p."id", p."name", p."profilePath", p."popularity", ${at}
    FROM json_to_recordset(${JSON.stringify(rows)}::json)
      AS p("id" int, "name" text, "profilePath" text,
        "popularity" double precision)
    LEFT JOIN "Person" known ON known."id" = p."id"
    WHERE known."id" IS NULL
      OR (known."name", known."profilePath", known."popularity")
        IS DISTINCT FROM (p."name", p."profilePath", p."popularity")
    ORDER BY p."id"
    ON CONFLICT ("id") DO UPDATE SET
      "name" = EXCLUDED."name",
      "profilePath" = EXCLUDED."profilePath",
      "popularity" = EXCLUDED."popularity",
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE ("Person"."name", "Person"."profilePath", "Person"."popularity")
      IS DISTINCT FROM
      (EXCLUDED."name", EXCLUDED."profilePath", EXCLUDED."popularity")`;
}

/** Ends the given versions at `snapshotId`. */
export async function closeVersions(
  tx: DbClient,
  creditIds: number[],
  snapshotId: number,
): Promise<void> {
  if (creditIds.length === 0) return;

  await tx.$executeRaw`
    UPDATE "Credit" SET "toSnapshotId" = ${snapshotId}
    WHERE "id" IN (
      SELECT value::int
      FROM json_array_elements_text(${JSON.stringify(creditIds)}::json))`;
}

/**
 * Writes new credit versions starting at `snapshotId`, and their roles or
 * jobs, in one statement: each credit's id is drawn from the sequence
 * first, so its jobs can name it without a round trip or a join with what
 * the credit insert returns. The foreign keys are checked at the end of
 * the statement, when both inserts are done. Returns the number of job
 * rows written.
 */
export async function insertVersions(
  tx: DbClient,
  seasonId: number,
  snapshotId: number,
  credits: CreditRow[],
): Promise<number> {
  if (credits.length === 0) return 0;

  return tx.$executeRaw`
    WITH input AS MATERIALIZED (
      SELECT nextval(pg_get_serial_sequence('"Credit"', 'id'))::int AS "id",
        c.*
      FROM json_to_recordset(${JSON.stringify(credits)}::json) AS c(
        "kind" "CreditKind", "department" text, "personId" int,
        "position" double precision, "adult" boolean, "gender" int,
        "knownForDepartment" text, "name" text, "originalName" text,
        "profilePath" text, "order" int, "totalEpisodeCount" int,
        "layout" text, "extra" text, "jobs" json)
    ),
    credits AS (
      INSERT INTO "Credit" ("id", "seasonId", "fromSnapshotId", "kind",
        "department", "personId", "position", "adult", "gender",
        "knownForDepartment", "name", "originalName", "profilePath",
        "order", "totalEpisodeCount", "layout", "extra")
      SELECT "id", ${seasonId}, ${snapshotId}, "kind", "department",
        "personId", "position", "adult", "gender", "knownForDepartment",
        "name", "originalName", "profilePath", "order",
        "totalEpisodeCount", "layout", "extra"
      FROM input
    )
    INSERT INTO "Job" ("creditId", "position", "tmdbCreditId", "character",
      "job", "episodeCount", "layout", "extra")
    SELECT i."id", j."position", j."tmdbCreditId", j."character", j."job",
      j."episodeCount", j."layout", j."extra"
    FROM input i
    CROSS JOIN LATERAL json_to_recordset(i."jobs") AS j("position" int,
      "tmdbCreditId" text, "character" text, "job" text,
      "episodeCount" int, "layout" text, "extra" text)`;
}
