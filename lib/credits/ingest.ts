import type { Db } from "../db/open";
import type { DbClient } from "../db/types";
import { compareCredits, type CreditChanges } from "./changes";
import { hashResponse, hashResponseContent } from "./content-hash";
import type { JsonObject } from "./fields";
import { log } from "../log";
import {
  listPeople,
  normalizeResponse,
  type NormalizedSnapshot,
} from "./normalize";
import { readCurrentCredits } from "./rows";
import {
  findLatestSnapshot,
  lockSeason,
  peopleChangedSince,
  recordCheck,
  type LatestSnapshot,
  type LockedSeason,
} from "./season-state";
import { supersededResult, unchangedResult } from "./superseded";
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

const isSameTop = (latest: LatestSnapshot, fetched: NormalizedSnapshot) =>
  latest.tmdbId === fetched.tmdbId &&
  latest.layout === fetched.layout &&
  latest.extra === fetched.extra;

const hasChanges = (changes: CreditChanges) =>
  changes.opened.length > 0 || changes.closed.length > 0;

// Cast and crew entries in a response, for the log.
function countEntries(response: JsonObject): number {
  const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  return length(response.cast) + length(response.crew);
}

/** Writes a new snapshot: closes what changed and opens its versions. */
async function writeSnapshot(
  tx: DbClient,
  seasonId: number,
  input: IngestInput,
  fetched: NormalizedSnapshot,
  hashes: { response: string; content: string },
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
      contentHash: hashes.content,
    },
    select: { id: true },
  });

  await closeVersions(tx, changes.closed, snapshot.id);
  const jobs = await insertVersions(tx, seasonId, snapshot.id, changes.opened);
  await recordCheck(
    tx,
    seasonId,
    { snapshotId: snapshot.id, checkedAt: input.fetchedAt, changed: true },
    hashes.response,
  );
  return {
    seasonId,
    snapshotId: snapshot.id,
    changed: true,
    creditsWritten: changes.opened.length,
    jobsWritten: jobs,
  };
}

/**
 * Whether the response is the one stored last, and its people still have
 * the values it gave them: then the fetch changes nothing at all.
 */
async function isRepeat(
  tx: DbClient,
  season: LockedSeason,
  responseHash: string,
): Promise<boolean> {
  if (season.responseHash !== responseHash || !season.checkedAt) return false;
  return !(await peopleChangedSince(tx, season.id, season.checkedAt));
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
  const responseHash = hashResponse(input.response);

  return db.$transaction(
    async (tx) => {
      const season = await lockSeason(tx, input);
      const seasonId = season.id;
      const superseded = await supersededResult(tx, season, input);
      if (superseded) return superseded;
      const { seriesId, seasonNumber, language } = input;
      const entries = countEntries(input.response);
      log.info({ seriesId, seasonNumber, language, entries }, "ingest started");
      const latest = await findLatestSnapshot(tx, seasonId);
      const confirm = async (snapshot: LatestSnapshot) => {
        const check = {
          snapshotId: snapshot.id,
          checkedAt: input.fetchedAt,
          changed: false,
        };
        await recordCheck(tx, seasonId, check, responseHash);
        return unchangedResult(seasonId, snapshot.id);
      };

      // The usual refetch: the same response as last time, found without
      // reading a credit or writing a person.
      if (latest && (await isRepeat(tx, season, responseHash))) {
        return confirm(latest);
      }

      await upsertPeople(tx, listPeople(input.response), input.fetchedAt);
      const hashes = {
        response: responseHash,
        content: hashResponseContent(input.response),
      };
      // Only popularity changed, which no version stores.
      if (latest?.contentHash === hashes.content) return confirm(latest);

      const fetched = normalizeResponse(input.response);
      const current = latest ? await readCurrentCredits(tx, seasonId) : [];
      const changes = compareCredits(current, fetched.credits);
      if (latest && isSameTop(latest, fetched) && !hasChanges(changes)) {
        // Stored without a digest (or under an older way of computing
        // it): keep this one for the next fetch.
        await tx.snapshot.update({
          where: { id: latest.id },
          data: { contentHash: hashes.content },
        });
        return confirm(latest);
      }

      return writeSnapshot(tx, seasonId, input, fetched, hashes, changes);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
