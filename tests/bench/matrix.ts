import { refreshSeason } from "@/lib/credits/refresh";
import type { Db } from "@/lib/db/open";
import { readSeriesMatrix } from "@/lib/series/matrix";
import { createTmdbClient } from "@/lib/tmdb/client";
import type { SeasonCredits } from "../fake-tmdb/credits";
import { mutateSeason } from "../fake-tmdb/mutate";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { writeFixture } from "../support/fixtures";
import { atMost, figure, type Figure } from "./figures";
import { benchSeason, benchSeriesDetails } from "./seasons";
import { medianMs } from "./stats";

const seriesId = 901640;
const seasons = 30;

/**
 * Season n: a regular cast and crew that recurs with small changes, plus
 * guests of that season only, as long-running series look.
 */
function matrixSeason(regulars: SeasonCredits, n: number): SeasonCredits {
  const season = mutateSeason(regulars, { seed: n, fraction: 0.1 });
  const guests = benchSeason(seriesId, n, 50);
  return {
    cast: [...season.cast, ...guests.cast],
    crew: [...season.crew, ...guests.crew],
    id: seriesId * 100 + n,
  };
}

/**
 * Stores a 30-season series through real fetches from the fake TMDB
 * server, then times the series matrix's query (p50 over `runs`).
 */
export async function measureMatrix(
  db: Db,
  tmdb: { url: string; fixturesDir: string },
  label: string,
  runs: number,
): Promise<Figure> {
  const regulars = benchSeason(seriesId, 0, 100);
  writeFixture(
    tmdb.fixturesDir,
    `tv/${seriesId}`,
    benchSeriesDetails(seriesId, seasons),
  );
  const client = createTmdbClient({
    baseUrl: tmdb.url,
    maxRps: 1000,
    timeoutMs: 10_000,
  });
  for (let n = 1; n <= seasons; n += 1) {
    writeFixture(
      tmdb.fixturesDir,
      `tv/${seriesId}/season/${n}/aggregate_credits`,
      matrixSeason(regulars, n),
    );
    const key = { seriesId, seasonNumber: n, language: "en-US" };
    const result = await refreshSeason(
      db,
      client,
      DEFAULT_TOKEN,
      key,
      3_600_000,
    );
    if (!result.ok)
      throw new Error(`could not store season ${n}: ${result.error.kind}`);
  }

  await readSeriesMatrix(db, seriesId, "en-US");
  const p50 = await medianMs(runs, () =>
    readSeriesMatrix(db, seriesId, "en-US"),
  );
  return figure(
    `series matrix, ${seasons} seasons, query p50 (${label})`,
    p50,
    "ms",
    atMost(50),
  );
}
