import type { Db } from "../db/open";
import type { DbClient } from "../db/types";
import type { JsonObject } from "./fields";
import { log } from "../log";
import { compareCredits } from "./changes";
import { normalizeResponse, type PersonRow } from "./normalize";
import { readCurrentCredits } from "./rows";
import { supersededResult, unchangedResult } from "./superseded";

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

/** Keeps the latest name, picture and popularity of each person. */
async function upsertPeople(tx: DbClient, people: PersonRow[], at: Date) {
  if (people.length === 0) return;

  await tx.$executeRaw`
    INSERT INTO "Person" ("id", "name", "profilePath", "popularity",
      "updatedAt")
    SELECT p."id", p."name", p."profilePath", p."popularity", ${at}
    FROM jsonb_to_recordset(${JSON.stringify(people)}::jsonb)
      AS p("id" int, "name" text, "profilePath" text,
        "popularity" double precision)
    ON CONFLICT ("id") DO UPDATE SET
      "name" = EXCLUDED."name",
      "profilePath" = EXCLUDED."profilePath",
      "popularity" = EXCLUDED."popularity",
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE ("Person"."name", "Person"."profilePath", "Person"."popularity")
      IS DISTINCT FROM
      (EXCLUDED."name", EXCLUDED."profilePath", EXCLUDED."popularity")`;
}

async function recordCheck(
  tx: DbClient,
  seasonId: number,
  snapshotId: number,
  input: IngestInput,
  changed: boolean,
) {
  await tx.seasonCheck.create({
    data: { seasonId, snapshotId, checkedAt: input.fetchedAt, changed },
  });
  await tx.season.update({
    where: { id: seasonId },
    data: { checkedAt: input.fetchedAt, missingAt: null },
  });
}

/**
 * Stores a fetched response as the season's newest version, in one
 * transaction. Writes a snapshot and credit versions only for what changed;
 * an unchanged fetch records a check and nothing else. Safe to call
 * concurrently for one season: ingests run one after the other, and one
 * fetched before the season's last check changes nothing (see
 * superseded.ts). The series row must already exist.
 */
export async function ingestSnapshot(
  db: Db,
  input: IngestInput,
): Promise<IngestResult> {
  const fetched = normalizeResponse(input.response);

  return db.$transaction(
    async (tx) => {
      const seasonId = await lockSeason(tx, input);
      const superseded = await supersededResult(tx, seasonId, input);
      if (superseded) return superseded;
      const { seriesId, seasonNumber, language } = input;
      const entries = fetched.credits.length;
      log.info({ seriesId, seasonNumber, language, entries }, "ingest started");
      await upsertPeople(tx, fetched.people, input.fetchedAt);
      const latest = await tx.snapshot.findFirst({
        where: { seasonId },
        orderBy: { id: "desc" },
      });
      const current = await readCurrentCredits(tx, seasonId);
      const changes = compareCredits(current, fetched.credits);
      const sameTop =
        latest?.tmdbId === fetched.tmdbId &&
        latest.layout === fetched.layout &&
        latest.extra === fetched.extra;

      if (
        latest &&
        sameTop &&
        changes.opened.length === 0 &&
        changes.closed.length === 0
      ) {
        await recordCheck(tx, seasonId, latest.id, input, false);
        return unchangedResult(seasonId, latest.id);
      }

      const snapshot = await tx.snapshot.create({
        data: {
          seasonId,
          fetchedAt: input.fetchedAt,
          tmdbId: fetched.tmdbId,
          layout: fetched.layout,
          extra: fetched.extra,
          castCount: fetched.credits.filter((c) => c.kind === "cast").length,
          crewCount: fetched.credits.filter((c) => c.kind === "crew").length,
        },
      });
      if (changes.closed.length > 0) {
        await tx.credit.updateMany({
          where: { id: { in: changes.closed } },
          data: { toSnapshotId: snapshot.id },
        });
      }
      const created = await tx.credit.createManyAndReturn({
        data: changes.opened.map(({ jobs: _jobs, ...credit }) => ({
          ...credit,
          seasonId,
          fromSnapshotId: snapshot.id,
        })),
        select: { id: true },
      });
      const jobs = changes.opened.flatMap((credit, i) =>
        credit.jobs.map((job) => ({ ...job, creditId: created[i]!.id })),
      );
      if (jobs.length > 0) await tx.job.createMany({ data: jobs });
      await recordCheck(tx, seasonId, snapshot.id, input, true);

      return {
        seasonId,
        snapshotId: snapshot.id,
        changed: true,
        creditsWritten: created.length,
        jobsWritten: jobs.length,
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
