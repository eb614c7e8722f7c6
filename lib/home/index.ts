import "server-only";
import { getDb } from "../db";
import { readMostTrackedSeries } from "./most-tracked";
import { readRecentSeasonChanges } from "./recent-changes";
import { searchStoredPeople, searchStoredSeries } from "./search";

export type { RecentSeasonChange } from "./recent-changes";
export type { TrackedSeriesCount } from "./most-tracked";
export type { FoundPerson, FoundSeries } from "./search";
export { parseSearchQuery, maxQueryLength } from "./params";
export { searchTmdbSeries, type TmdbSearchResult } from "./tmdb-search";

// Everything here but searchTmdbSeries reads only public data and no
// session, so the home page can be served alike to everyone.

export async function getRecentSeasonChanges() {
  return readRecentSeasonChanges(await getDb());
}

export async function getMostTrackedSeries() {
  return readMostTrackedSeries(await getDb());
}

/** Stored series and people whose names contain the query. */
export async function searchStored(query: string) {
  const db = await getDb();
  const [series, people] = await Promise.all([
    searchStoredSeries(db, query),
    searchStoredPeople(db, query),
  ]);
  return { series, people };
}
