import type { JsonObject } from "@/lib/credits/fields";
import { ingestSnapshot, type SeasonKey } from "@/lib/credits/ingest";
import type { Db } from "@/lib/db/open";
import { saveSeriesDetails } from "@/lib/series/store";
import type { SeriesDetails } from "@/lib/tmdb/schemas";
import { mutateSeason } from "../fake-tmdb/mutate";
import { withSql } from "./database";
import { atMost, figure, type Figure } from "./figures";
import { benchSeason, benchSeriesDetails } from "./seasons";
import { median, timeMs } from "./stats";

const key: SeasonKey = { seriesId: 901650, seasonNumber: 1, language: "en-US" };

const ingest = (db: Db, response: unknown) =>
  ingestSnapshot(db, {
    ...key,
    response: response as JsonObject,
    fetchedAt: new Date(),
  });

/**
 * The first ingest of a 5,000-entry season, then unchanged refetches of
 * it: time, and Credit and Job rows they wrote. `label` names the database.
 */
export async function measureIngest(
  db: Db,
  label: string,
  options: { entries: number; refetches: number },
): Promise<Figure[]> {
  const { entries, refetches } = options;
  const details = benchSeriesDetails(key.seriesId, 1);
  await saveSeriesDetails(db, details as unknown as SeriesDetails, new Date());
  const season = benchSeason(key.seriesId, key.seasonNumber, entries);

  const first = await timeMs(() => ingest(db, season));

  let rows = 0;
  const times: number[] = [];
  for (let i = 0; i < refetches; i += 1) {
    let written = 0;
    times.push(
      await timeMs(async () => {
        const result = await ingest(db, season);
        written = result.creditsWritten + result.jobsWritten;
      }),
    );
    rows += written;
  }

  return [
    figure(
      `ingest of a ${entries}-entry season (${label})`,
      first / 1000,
      "s",
      atMost(1),
    ),
    figure(
      `unchanged refetch, Credit and Job rows written (${label})`,
      rows,
      "rows",
      atMost(0),
    ),
    figure(`unchanged refetch p50 (${label})`, median(times), "ms", atMost(50)),
  ];
}

async function storedBytes(url: string): Promise<number> {
  return withSql(url, async (client) => {
    await client.query(`VACUUM FULL "Snapshot", "Credit", "Job"`);
    const { rows } = await client.query<{ bytes: string }>(
      `SELECT pg_total_relation_size('"Snapshot"')
        + pg_total_relation_size('"Credit"')
        + pg_total_relation_size('"Job"') AS bytes`,
    );
    return Number(rows[0]!.bytes);
  });
}

/**
 * Storage growth on PostgreSQL: Snapshot, Credit and Job with their
 * indexes after `refetches` fetches that each change 1 % of the entries,
 * divided by the same after the first. Runs on the season measureIngest
 * stored.
 */
export async function measureGrowth(
  db: Db,
  url: string,
  options: { entries: number; refetches: number },
): Promise<Figure> {
  const { entries, refetches } = options;
  const before = await storedBytes(url);

  let season = benchSeason(key.seriesId, key.seasonNumber, entries);
  for (let i = 0; i < refetches; i += 1) {
    season = mutateSeason(season, { seed: i + 1, fraction: 0.01 });
    await ingest(db, season);
  }

  const after = await storedBytes(url);
  return figure(
    `stored size after ${refetches} refetches with 1 % changed ÷ after the first (postgres)`,
    after / before,
    "ratio",
    atMost(2),
  );
}
