import type { DbClient } from "../db/types";
import type { CreditRow, JobRow } from "./normalize";

export type StoredCredit = CreditRow & { id: number };

const jobSelect = {
  position: true,
  tmdbCreditId: true,
  character: true,
  job: true,
  episodeCount: true,
  layout: true,
  extra: true,
} as const;

const creditSelect = {
  id: true,
  kind: true,
  department: true,
  personId: true,
  position: true,
  adult: true,
  gender: true,
  knownForDepartment: true,
  name: true,
  originalName: true,
  profilePath: true,
  order: true,
  totalEpisodeCount: true,
  layout: true,
  extra: true,
  jobs: { select: jobSelect, orderBy: { position: "asc" } },
} as const;

/** The credit versions in force now (never superseded), in order. */
export async function readCurrentCredits(
  db: DbClient,
  seasonId: number,
): Promise<StoredCredit[]> {
  return db.credit.findMany({
    where: { seasonId, toSnapshotId: null },
    select: creditSelect,
    orderBy: [{ kind: "asc" }, { position: "asc" }],
  });
}

/** The credit versions in force at a snapshot, in order. */
export async function readSnapshotCredits(
  db: DbClient,
  seasonId: number,
  snapshotId: number,
): Promise<StoredCredit[]> {
  return db.credit.findMany({
    where: {
      seasonId,
      fromSnapshotId: { lte: snapshotId },
      OR: [{ toSnapshotId: null }, { toSnapshotId: { gt: snapshotId } }],
    },
    select: creditSelect,
    orderBy: [{ kind: "asc" }, { position: "asc" }],
  });
}

/** Everything that makes a credit version differ from another. */
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
    credit.position,
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
