import type { DbClient } from "../db/types";
import { findCoworkers, type Coworkers } from "./coworkers";
import {
  listPersonLanguages,
  readPersonCredits,
  type PersonSeries,
} from "./credits";
import { findPerson, type PersonRef } from "./person";

export type PersonHistory = {
  person: PersonRef;
  language: string;
  series: PersonSeries[];
  coworkers: Coworkers;
  /** Every language castlog holds credits of this person in. */
  languages: string[];
};

/**
 * Everything castlog remembers of a person in one language's history:
 * credits by series and season, and frequent co-workers. Null when the
 * person is unknown. The reads that do not depend on each other run at
 * once, each on a connection of its own on PostgreSQL.
 */
export async function readPersonHistory(
  db: DbClient,
  personId: number,
  language: string,
): Promise<PersonHistory | null> {
  const [person, series, languages] = await Promise.all([
    findPerson(db, personId),
    readPersonCredits(db, personId, language),
    listPersonLanguages(db, personId),
  ]);
  if (!person) return null;

  const coworkers = await findCoworkers(db, personId, series);
  return { person, language, series, coworkers, languages };
}
