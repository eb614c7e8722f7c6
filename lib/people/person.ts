import type { DbClient } from "../db/types";

export type PersonRef = {
  id: number;
  name: string;
  profilePath: string | null;
};

/**
 * The person's latest name and picture, as the newest fetch that listed
 * them had it; null when castlog has never stored them.
 */
export async function findPerson(
  db: DbClient,
  personId: number,
): Promise<PersonRef | null> {
  return db.person.findUnique({
    where: { id: personId },
    select: { id: true, name: true, profilePath: true },
  });
}
