import "server-only";
// Indexes the person page reads through: Credit(personId) for the
// person's versions, the primary keys of Season, Series and Snapshot for
// what they point at, SeasonCheck(seasonId, checkedAt) for when a departed
// person was last seen, and the seasonId prefix of Credit's season indexes
// for co-workers. No query reads all credits.
import { getDb } from "../db";
import { findCoworkers, type Coworkers } from "./coworkers";
import { listPersonLanguages, readPersonCredits } from "./credits";
import type { PersonSeries } from "./credits";
import { findPerson, type PersonRef } from "./person";

export type { Coworker, Coworkers, SharedSeason } from "./coworkers";
export type { PersonSeason, PersonSeries } from "./credits";
export type { SeasonEntry, SeasonRole } from "./group";
export type { PersonRef } from "./person";
export { parsePersonQuery, personIdSchema } from "./params";

export type PersonHistory = {
  person: PersonRef;
  language: string;
  series: PersonSeries[];
  coworkers: Coworkers;
  /** Every language castlog holds credits of this person in. */
  languages: string[];
};

/** The stored person, or null when castlog has never stored them. */
export async function getPerson(personId: number): Promise<PersonRef | null> {
  return findPerson(await getDb(), personId);
}

/**
 * Everything castlog remembers of a person in one language's history:
 * credits by series and season, and frequent co-workers. Null when the
 * person is unknown.
 */
export async function getPersonHistory(
  personId: number,
  language: string,
): Promise<PersonHistory | null> {
  const db = await getDb();
  const person = await findPerson(db, personId);
  if (!person) return null;

  const series = await readPersonCredits(db, personId, language);
  const coworkers = await findCoworkers(db, personId, series);
  const languages = await listPersonLanguages(db, personId);
  return { person, language, series, coworkers, languages };
}
