import type { CreditRow } from "./normalize";
import { creditContent, creditIdentities, type StoredCredit } from "./rows";

export type CreditChanges = {
  /** Versions that no longer hold and must be closed. */
  closed: number[];
  /** New versions to write. */
  opened: CreditRow[];
};

/**
 * Compares a fetched season with the versions in force. Pure; an entry
 * whose content is unchanged yields nothing, so an unchanged fetch yields
 * no changes at all.
 */
export function compareCredits(
  current: StoredCredit[],
  fetched: CreditRow[],
): CreditChanges {
  const currentIds = creditIdentities(current);
  const byIdentity = new Map(current.map((c, i) => [currentIds[i]!, c]));
  const fetchedIds = creditIdentities(fetched);
  const closed: number[] = [];
  const opened: CreditRow[] = [];

  fetched.forEach((credit, i) => {
    const identity = fetchedIds[i]!;
    const stored = byIdentity.get(identity);
    byIdentity.delete(identity);

    if (stored && creditContent(stored) === creditContent(credit)) return;
    if (stored) closed.push(stored.id);
    opened.push(credit);
  });

  for (const gone of byIdentity.values()) closed.push(gone.id);
  return { closed, opened };
}
