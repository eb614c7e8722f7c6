import type { Db } from "../db/open";
import type { DbClient } from "../db/types";
import { compareCredits, type CreditChanges } from "./changes";
import { hashResponseContent } from "./content-hash";
import type { JsonObject } from "./fields";
import {
  listPeople,
  normalizeResponse,
  type NormalizedSnapshot,
} from "./normalize";
import { readCurrentCredits } from "./rows";
import { closeVersions, insertVersions, upsertPeople } from "./write-versions";

export type SeasonKey = {
  seriesId: number;
  seasonNumber: number;
  language: string;
};

export type IngestInput = SeasonKey & {
  /** The validated response, keys in the order TMDB sent them. */
  response: JsonObject;
  fetchedAt: Date;
};

export type IngestResult = {
  seasonId: number;
  snapshotId: number;
  changed: boolean;
  creditsWritten: number;
  jobsWritten: number;
};

/**
 * Creates the season's row if needed and returns its id. The upsert takes
 * the row's lock until the transaction ends, so concurrent ingests of one
 * season run one after the other.
 */
async function lockSeason(tx: DbClient, key: SeasonKey): Promise<number> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Season" ("seriesId", "seasonNumber", "language")
    VALUES (${key.seriesId}, ${key.seasonNumber}, ${key.language})
    ON CONFLICT ("seriesId", "seasonNumber", "language")
    DO UPDATE SET "language" = EXCLUDED."language"
    RETURNING "id"`;
  return rows[0]!.id;
}

type LatestSnapshot = {
  id: number;
  tmdbId: number;
  layout: string | null;
  extra: string | null;
  contentHash: string | null;
};

async function findLatestSnapshot(
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

/** Notes a successful fetch: a SeasonCheck, and the season's checkedAt. */
async function recordCheck(
  tx: DbClient,
  seasonId: number,
  snapshotId: number,
  checkedAt: Date,
  changed: boolean,
): Promise<void> {
  await tx.$executeRaw`
    WITH "check" AS (
      INSERT INTO "SeasonCheck" ("seasonId", "snapshotId", "checkedAt",
        "changed")
      VALUES (${seasonId}, ${snapshotId}, ${checkedAt}, ${changed})
    )
    UPDATE "Season" SET "checkedAt" = ${checkedAt}, "missingAt" = NULL
    WHERE "id" = ${seasonId}`;
}

const isSameTop = (latest: LatestSnapshot, fetched: NormalizedSnapshot) =>
  latest.tmdbId === fetched.tmdbId &&
  latest.layout === fetched.layout &&
  latest.extra === fetched.extra;

const hasChanges = (changes: CreditChanges) =>
  changes.opened.length > 0 || changes.closed.length > 0;

const nothingWritten = { changed: false, creditsWritten: 0, jobsWritten: 0 };

/** Writes a new snapshot: closes what changed and opens its versions. */
async function writeSnapshot(
  tx: DbClient,
  seasonId: number,
  input: IngestInput,
  fetched: NormalizedSnapshot,
  contentHash: string,
  changes: CreditChanges,
): Promise<IngestResult> {
  const castCount = fetched.credits.filter((c) => c.kind === "cast").length;
  const snapshot = await tx.snapshot.create({
    data: {
      seasonId,
      fetchedAt: input.fetchedAt,
      tmdbId: fetched.tmdbId,
      layout: fetched.layout,
      extra: fetched.extra,
      castCount,
      crewCount: fetched.credits.length - castCount,
      contentHash,
    },
    select: { id: true },
  });

  await closeVersions(tx, changes.closed, snapshot.id);
  const jobs = await insertVersions(tx, seasonId, snapshot.id, changes.opened);
  await recordCheck(tx, seasonId, snapshot.id, input.fetchedAt, true);
  return {
    seasonId,
    snapshotId: snapshot.id,
    changed: true,
    creditsWritten: changes.opened.length,
    jobsWritten: jobs,
  };
}

/**
 * Stores a fetched response as the season's newest version, in one
 * transaction. Writes a snapshot and credit versions only for what changed;
 * an unchanged fetch records a check and nothing else. Safe to call
 * concurrently for one season. The series row must already exist.
 */
export async function ingestSnapshot(
  db: Db,
  input: IngestInput,
): Promise<IngestResult> {
  const contentHash = hashResponseContent(input.response);
  const people = listPeople(input.response);

  return db.$transaction(
    async (tx) => {
      const seasonId = await lockSeason(tx, input);
      await upsertPeople(tx, people, input.fetchedAt);
      const latest = await findLatestSnapshot(tx, seasonId);
      const confirm = async (snapshotId: number) => {
        await recordCheck(tx, seasonId, snapshotId, input.fetchedAt, false);
        return { ...nothingWritten, seasonId, snapshotId };
      };

      // The usual refetch: the same response, found without a credit read.
      if (latest?.contentHash === contentHash) return confirm(latest.id);

      const fetched = normalizeResponse(input.response);
      const current = latest ? await readCurrentCredits(tx, seasonId) : [];
      const changes = compareCredits(current, fetched.credits);
      if (latest && isSameTop(latest, fetched) && !hasChanges(changes)) {
        // Stored without a digest (or under an older way of computing
        // it): keep this one for the next fetch.
        await tx.snapshot.update({
          where: { id: latest.id },
          data: { contentHash },
        });
        return confirm(latest.id);
      }

      return writeSnapshot(tx, seasonId, input, fetched, contentHash, changes);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
