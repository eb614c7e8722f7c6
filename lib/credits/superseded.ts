import type { DbClient } from "../db/types";
import { log } from "../log";
import type { IngestInput, IngestResult } from "./ingest";

/** What an ingest that wrote no new version answers. */
export function unchangedResult(
  seasonId: number,
  snapshotId: number,
): IngestResult {
  return {
    seasonId,
    snapshotId,
    changed: false,
    creditsWritten: 0,
    jobsWritten: 0,
  };
}

/**
 * What an ingest answers when its response was fetched before the season
 * was last checked, or null when it is the newest. Concurrent ingests of
 * one season wait for its lock in no particular order, so a response can
 * arrive after a newer one was stored; storing it as the latest version
 * would say TMDB went back to older credits. It writes nothing instead,
 * so history only moves forward in time. Call with the season locked.
 */
export async function supersededResult(
  tx: DbClient,
  season: { id: number; checkedAt: Date | null },
  input: IngestInput,
): Promise<IngestResult | null> {
  const { checkedAt } = season;
  if (!checkedAt || input.fetchedAt >= checkedAt) return null;

  const latest = await tx.snapshot.findFirstOrThrow({
    where: { seasonId: season.id },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const { seriesId, seasonNumber, language } = input;
  log.info(
    { seriesId, seasonNumber, language, checkedAt },
    "skipped a response older than the last check",
  );
  return unchangedResult(season.id, latest.id);
}
