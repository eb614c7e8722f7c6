import { expect, it } from "vitest";
import { refreshSeasonOnce } from "@/lib/credits/shared-refresh";
import { findSeason } from "@/lib/credits/snapshots";
import { noLocks } from "@/lib/limits/locks";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import { writeSmallSeries } from "../support/small-series";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const harness = setUpTmdbHarness();

describeEachDatabase("a refresh shared with other processes", (getDb) => {
  let seriesId = 900950;

  const setUp = () => {
    seriesId += 1;
    writeSmallSeries(harness().fixtures, { id: seriesId, name: "S" }, [1]);
    const key = { seriesId, seasonNumber: 1, language: "en-US" };
    const refresh = (seen: Date | null) =>
      refreshSeasonOnce(
        getDb(),
        harness().tmdb,
        DEFAULT_TOKEN,
        key,
        3_600_000,
        noLocks,
        seen,
      );
    const path = `/3/tv/${seriesId}/season/1/aggregate_credits`;
    const fetches = () => harness().fake.requestCounts().byPath[path] ?? 0;
    return { key, refresh, fetches };
  };

  it("fetches nothing once another refresh checked the season since the caller looked", async () => {
    const { refresh, fetches } = setUp();
    const before = fetches();

    // Both callers saw the season never checked; the first one's refresh
    // ends before the second one's begins.
    const first = await refresh(null);
    const second = await refresh(null);

    expect(first.ok && "ingest" in first).toBe(true);
    // The other refresh stored the season's first version.
    expect(second).toEqual({
      ok: true,
      refreshedElsewhere: true,
      changed: true,
    });
    expect(fetches() - before).toBe(1);
  });

  it("fetches again for a caller that saw the latest check", async () => {
    const { key, refresh, fetches } = setUp();
    await refresh(null);
    const before = fetches();

    const season = await findSeason(getDb(), key);
    const again = await refresh(season!.checkedAt);

    expect(again.ok && "ingest" in again).toBe(true);
    expect(fetches() - before).toBe(1);
  });
});
