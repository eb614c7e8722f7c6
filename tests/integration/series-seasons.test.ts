import { expect, it } from "vitest";
import { listSeriesSeasons } from "@/lib/series/seasons";
import { describeEachDatabase } from "../support/db";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const harness = setUpTmdbHarness();

describeEachDatabase("the seasons of a series", (getDb) => {
  it("is empty for a series castlog has not stored", async () => {
    expect(await listSeriesSeasons(getDb(), 93405)).toEqual([]);
  });

  it("lists TMDB's seasons in order once the series is stored", async () => {
    const key = { seriesId: 93405, seasonNumber: 2, language: "en-US" };
    await harness().refresh(getDb(), key);

    const seasons = await listSeriesSeasons(getDb(), 93405);

    expect(seasons.map((s) => s.seasonNumber)).toEqual([1, 2, 3]);
    expect(seasons[1]).toMatchObject({ name: "Season 2", episodeCount: 7 });
  });
});
