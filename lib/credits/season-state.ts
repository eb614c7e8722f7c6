// The season's row and its checks, as ingest reads and writes them inside
// its transaction.
import type { DbClient } from "../db/types";
import type { SeasonKey } from "./ingest";

export type LockedSeason = {
  id: number;
  /** Digest of the last response stored (see hashResponse). */
  responseHash: string | null;
  checkedAt: Date | null;
};

/**
 * Creates the season's row if needed and returns it as the last committed
 * ingest left it. The upsert takes the row's lock until the transaction
 * ends, so concurrent ingests of one season run one after the other.
 */
export async function lockSeason(
  tx: DbClient,
  key: SeasonKey,
): Promise<LockedSeason> {
  const rows = await tx.$queryRaw<LockedSeason[]>`
    INSERT INTO "Season" ("seriesId", "seasonNumber", "language")
    VALUES (${key.seriesId}, ${key.seasonNumber}, ${key.language})
    ON CONFLICT ("seriesId", "seasonNumber", "language")
    DO UPDATE SET "language" = EXCLUDED."language"
    RETURNING "id", "responseHash", "checkedAt"`;
  return rows[0]!;
}

export type LatestSnapshot = {
  id: number;
  tmdbId: number;
  layout: string | null;
  extra: string | null;
  contentHash: string | null;
};

export async function findLatestSnapshot(
  tx: DbClient,
  seasonId: number,
): Promise<LatestSnapshot | null> {
  return tx.snapshot.findFirst({
    where: { seasonId },
    orderBy: { id: "desc" },
    select: {
      id: true,
      tmdbId: true,
      layout: true,
      extra: true,
      contentHash: true,
    },
  });
}

/**
 * Whether another season's ingest changed anyone credited in the season
 * now since `since`, its last check: then this season's latest values of
 * them must be written again, however unchanged its response. Reads the
 * current credits' people through their indexes, without a parameter
 * the size of the season.
 *
 * A write is dated by its fetch: one whose fetch began before `since`
 * but that committed after it goes unseen, and its values stand until
 * this season's response next changes. Only concurrent ingests of seasons
 * that share people and disagree about them can do that.
 */
export async function peopleChangedSince(
  tx: DbClient,
  seasonId: number,
  since: Date,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ changed: boolean }[]>`
    SELECT EXISTS (
      SELECT 1
      FROM "Credit" c
      JOIN "Person" p ON p."id" = c."personId"
      WHERE c."seasonId" = ${seasonId} AND c."toSnapshotId" IS NULL
        AND p."updatedAt" > ${since}) AS "changed"`;
  return rows[0]!.changed;
}

/**
 * Notes a successful fetch: a SeasonCheck, and on the season its time
 * and the digest of the response.
 */
export async function recordCheck(
  tx: DbClient,
  seasonId: number,
  check: { snapshotId: number; checkedAt: Date; changed: boolean },
  responseHash: string,
): Promise<void> {
  const { snapshotId, checkedAt, changed } = check;
  await tx.$executeRaw`
    WITH "check" AS (
      INSERT INTO "SeasonCheck" ("seasonId", "snapshotId", "checkedAt",
        "changed")
      VALUES (${seasonId}, ${snapshotId}, ${checkedAt}, ${changed})
    )
    UPDATE "Season" SET "checkedAt" = ${checkedAt}, "missingAt" = NULL,
      "responseHash" = ${responseHash}
    WHERE "id" = ${seasonId}`;
}
