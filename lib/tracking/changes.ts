import type { DbClient } from "../db/types";

export type ChangeSummary = {
  /** Cast and crew entries added, removed or changed. */
  changedEntries: number;
  /** Snapshots fetched after `since`. */
  snapshots: number;
  /** Where a diff of these changes starts: `since`, or the first version. */
  from: Date;
};

type CreditIdentity = { personId: number; kind: string; department: string };

/** How many distinct cast or crew entries the credit versions belong to. */
export function countEntries(credits: CreditIdentity[]): number {
  const entries = new Set(
    credits.map((c) => `${c.kind}/${c.personId}/${c.department}`),
  );
  return entries.size;
}

/**
 * What changed in a season's credits after `since`, or null when nothing
 * did. The season's first snapshot is its first fetch, not a change.
 *
 * Counts the entries whose versions were opened or closed by the later
 * snapshots: an entry changed and changed back still counts, which a true
 * diff between the two versions would not. Close enough for a one-line
 * summary; a real diff of the two snapshots can replace this function
 * without its callers changing.
 */
export async function summarizeChangesSince(
  db: DbClient,
  seasonId: number,
  since: Date,
): Promise<ChangeSummary | null> {
  const first = await db.snapshot.findFirst({
    where: { seasonId },
    orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
    select: { id: true, fetchedAt: true },
  });
  if (!first) return null;
  const later = await db.snapshot.findMany({
    where: { seasonId, fetchedAt: { gt: since }, id: { not: first.id } },
    select: { id: true },
  });
  if (later.length === 0) return null;

  const ids = later.map((s) => s.id);
  const credits = await db.credit.findMany({
    where: {
      seasonId,
      OR: [{ fromSnapshotId: { in: ids } }, { toSnapshotId: { in: ids } }],
    },
    select: { personId: true, kind: true, department: true },
  });

  return {
    changedEntries: countEntries(credits),
    snapshots: later.length,
    from: since > first.fetchedAt ? since : first.fetchedAt,
  };
}
