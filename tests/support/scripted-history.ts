import type { SeasonKey } from "@/lib/credits/ingest";
import { findSeason } from "@/lib/credits/snapshots";
import type { Db } from "@/lib/db/open";
import { scriptedVersions } from "./scripted-season";
import type { TmdbHarness } from "./tmdb-harness";

export const scriptedKey: SeasonKey = {
  seriesId: 93405,
  seasonNumber: 2,
  language: "en-US",
};

const creditsFixture = "tv/93405/season/2/aggregate_credits";

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

export type ScriptedHistory = {
  seasonId: number;
  /** Before the first fetch. */
  start: Date;
  /** Moments just after each version was fetched. */
  afterVersion: [Date, Date, Date];
};

/**
 * Fetches the three scripted versions through the fake TMDB server and
 * ingests them, with an unchanged refetch after the first and the last:
 * three snapshots and two checks that found no change.
 */
export async function recordScriptedHistory(
  db: Db,
  harness: TmdbHarness,
): Promise<ScriptedHistory> {
  const start = new Date();
  const after: Date[] = [];
  const fetch = async () => {
    await pause();
    const result = await harness.refresh(db, scriptedKey);
    if (!result.ok) throw new Error(`fetch failed: ${result.error.kind}`);
  };

  for (const [i, version] of scriptedVersions().entries()) {
    harness.writeFixture(creditsFixture, version);
    await fetch();
    if (i !== 1) await fetch();
    await pause();
    after.push(new Date());
  }

  const season = await findSeason(db, scriptedKey);
  return {
    seasonId: season!.id,
    start,
    afterVersion: after as [Date, Date, Date],
  };
}
