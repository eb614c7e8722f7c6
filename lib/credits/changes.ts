import type { CreditKind, CreditRow, JobRow } from "./normalize";
import { placeKeys } from "./order-keys";
import type { StoredCredit } from "./rows";

export type CreditChanges = {
  /** Versions that no longer hold and must be closed. */
  closed: number[];
  /** New versions to write, with the sort keys they are to store. */
  opened: CreditRow[];
};

/**
 * Everything that makes a credit version differ from another, but for
 * where it stands in the list (see order-keys.ts).
 */
export function creditContent(credit: CreditRow): string {
  const job = (j: JobRow) => [
    j.position,
    j.tmdbCreditId,
    j.character,
    j.job,
    j.episodeCount,
    j.layout,
    j.extra,
  ];

  return JSON.stringify([
    credit.adult,
    credit.gender,
    credit.knownForDepartment,
    credit.name,
    credit.originalName,
    credit.profilePath,
    credit.order,
    credit.totalEpisodeCount,
    credit.layout,
    credit.extra,
    credit.jobs.map(job),
  ]);
}

/**
 * Keys that identify a credit across snapshots: the person, the cast or
 * the crew department, and (should TMDB ever repeat an entry) which
 * occurrence it is.
 */
export function creditIdentities(credits: CreditRow[]): string[] {
  const seen = new Map<string, number>();

  return credits.map((credit) => {
    const base = `${credit.kind}|${credit.department}|${credit.personId}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}

const kinds: CreditKind[] = ["cast", "crew"];

/**
 * Compares a fetched season (positions as indexes) with the versions in
 * force (positions as sort keys). Pure. An entry is rewritten when its
 * content changed, or when it has to move for the fetched order to hold
 * (an entry that moves, or one of two that swap): those that fall into
 * place around it keep their versions. So an unchanged fetch yields no
 * changes at all, and one entry joining or leaving yields one.
 */
export function compareCredits(
  current: StoredCredit[],
  fetched: CreditRow[],
): CreditChanges {
  const currentIds = creditIdentities(current);
  const byIdentity = new Map(current.map((c, i) => [currentIds[i]!, c]));
  const fetchedIds = creditIdentities(fetched);
  const matched = fetched.map((credit, i) => {
    const stored = byIdentity.get(fetchedIds[i]!);
    byIdentity.delete(fetchedIds[i]!);
    return { credit, stored };
  });
  const closed: number[] = [];
  const opened: CreditRow[] = [];

  for (const kind of kinds) {
    const list = matched.filter(({ credit }) => credit.kind === kind);
    const same = list.map(({ credit, stored }) =>
      stored && creditContent(stored) === creditContent(credit)
        ? stored.position
        : null,
    );
    const keys = placeKeys(same);

    list.forEach(({ credit, stored }, i) => {
      if (same[i] !== null && same[i] === keys[i]) return;
      if (stored) closed.push(stored.id);
      opened.push({ ...credit, position: keys[i]! });
    });
  }

  for (const gone of byIdentity.values()) closed.push(gone.id);
  return { closed, opened };
}
