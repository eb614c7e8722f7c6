import type { DbClient } from "../db/types";
import { containsPattern } from "./params";

// Name searches over what castlog stored. Both match anywhere in the name,
// ignoring case, so they read every row of their table: an index for
// ILIKE '%…%' (pg_trgm's GIN index on name) would serve them once the
// tables grow large.

export const searchLimit = 20;

export type FoundSeries = { id: number; name: string; slug: string };

export type FoundPerson = {
  id: number;
  name: string;
  profilePath: string | null;
};

/**
 * Stored series whose name contains the query (at most `limit`): names
 * that start with it first, then shorter names, then by name.
 */
export async function searchStoredSeries(
  db: DbClient,
  query: string,
  limit = searchLimit,
): Promise<FoundSeries[]> {
  return db.$queryRaw<FoundSeries[]>`
    SELECT "id", "name", "slug"
    FROM "Series"
    WHERE "name" ILIKE ${containsPattern(query)} ESCAPE '\\'
    ORDER BY strpos(lower("name"), lower(${query})) > 1, length("name"),
      "name", "id"
    LIMIT ${limit}`;
}

/**
 * Stored people whose name contains the query (at most `limit`): names
 * that start with it first, then the more popular on TMDB, then by name.
 */
export async function searchStoredPeople(
  db: DbClient,
  query: string,
  limit = searchLimit,
): Promise<FoundPerson[]> {
  return db.$queryRaw<FoundPerson[]>`
    SELECT "id", "name", "profilePath"
    FROM "Person"
    WHERE "name" ILIKE ${containsPattern(query)} ESCAPE '\\'
    ORDER BY strpos(lower("name"), lower(${query})) > 1,
      "popularity" DESC NULLS LAST, "name", "id"
    LIMIT ${limit}`;
}
