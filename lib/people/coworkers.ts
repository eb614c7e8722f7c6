import type { DbClient } from "../db/types";
import { Prisma } from "../db/generated/client";
import type { PersonSeries } from "./credits";

export type SharedSeason = {
  series: { id: number; name: string; slug: string };
  seasonNumber: number;
};

export type Coworker = {
  id: number;
  name: string;
  profilePath: string | null;
  /** The seasons both are credited in, in the order the page lists them. */
  seasons: SharedSeason[];
};

export type Coworkers = {
  /** Most shared seasons first, then by name; at most the limit asked. */
  people: Coworker[];
  /** How many people share two or more seasons, before the limit. */
  total: number;
};

type SharedRow = {
  id: number;
  name: string;
  profilePath: string | null;
  seasonIds: number[];
  total: number;
};

/**
 * People credited (in any stored version) in at least two of the given
 * seasons besides the person. Reads the credits of those seasons only,
 * through the index on Credit.seasonId; counting and ranking happen in the
 * database so a large crew costs one grouped scan, not a transfer. The
 * versions are first reduced to one row per season and person, so the
 * grouping and the lookup of names work on hundreds of rows, not
 * thousands.
 */
async function queryShared(
  db: DbClient,
  personId: number,
  seasonIds: number[],
  limit: number,
): Promise<SharedRow[]> {
  return db.$queryRaw<SharedRow[]>`
    WITH pairs AS (
      SELECT DISTINCT "seasonId", "personId"
      FROM "Credit"
      WHERE "seasonId" IN (${Prisma.join(seasonIds)})
        AND "personId" <> ${personId}
    ),
    shared AS (
      SELECT "personId",
        array_agg("seasonId" ORDER BY "seasonId") AS "seasonIds"
      FROM pairs
      GROUP BY "personId"
      HAVING count(*) >= 2
    )
    SELECT p."id", p."name", p."profilePath", s."seasonIds",
      (count(*) OVER ())::int AS "total"
    FROM shared s
    JOIN "Person" p ON p."id" = s."personId"
    ORDER BY cardinality(s."seasonIds") DESC, p."name", p."id"
    LIMIT ${limit}`;
}

/**
 * The people who worked with the person in two or more of the seasons in
 * `credits` (one language's history), most shared seasons first.
 */
export async function findCoworkers(
  db: DbClient,
  personId: number,
  credits: PersonSeries[],
  limit = 50,
): Promise<Coworkers> {
  const listed = credits.flatMap((series) =>
    series.seasons.map((season) => ({
      seasonId: season.seasonId,
      shared: {
        series: { id: series.id, name: series.name, slug: series.slug },
        seasonNumber: season.seasonNumber,
      },
    })),
  );
  if (listed.length < 2) return { people: [], total: 0 };

  const ids = listed.map((s) => s.seasonId);
  const rows = await queryShared(db, personId, ids, limit);
  const order = new Map(ids.map((id, i) => [id, i]));
  const byId = new Map(listed.map((s) => [s.seasonId, s.shared]));

  return {
    people: rows.map((row) => ({
      id: row.id,
      name: row.name,
      profilePath: row.profilePath,
      seasons: [...row.seasonIds]
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .map((id) => byId.get(id)!),
    })),
    total: rows[0]?.total ?? 0,
  };
}
