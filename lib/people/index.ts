import "server-only";
// Indexes the person page reads through: Credit(personId, seasonId) for
// the person's versions and languages, the primary keys of Season, Series
// and Snapshot for what they point at, SeasonCheck(seasonId, checkedAt)
// for when a departed person was last seen, and the seasonId prefix of
// Credit's season indexes for co-workers. No query reads all credits.
import { getDb } from "../db";
import { readPersonHistory, type PersonHistory } from "./history";
import { findPerson, type PersonRef } from "./person";

export type { Coworker, Coworkers, SharedSeason } from "./coworkers";
export type { PersonSeason, PersonSeries } from "./credits";
export type { SeasonEntry, SeasonRole } from "./group";
export type { PersonHistory } from "./history";
export type { PersonRef } from "./person";
export { parsePersonQuery, personIdSchema } from "./params";

/** The stored person, or null when castlog has never stored them. */
export async function getPerson(personId: number): Promise<PersonRef | null> {
  return findPerson(await getDb(), personId);
}

/** readPersonHistory on the process's database. */
export async function getPersonHistory(
  personId: number,
  language: string,
): Promise<PersonHistory | null> {
  return readPersonHistory(await getDb(), personId, language);
}
