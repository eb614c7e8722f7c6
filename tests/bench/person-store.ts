import { readPersonHistory } from "@/lib/people/history";
import { createBenchDatabase, withSql } from "./database";
import { atMost, figure, type Figure } from "./figures";
import { medianMs } from "./stats";

// The store's shape: 100 series, each entry of a season kept in
// `versionsPerEntry` versions over 20 snapshots, and each person credited
// in about five seasons across series.
const seriesCount = 100;
const entriesPerSeason = 100;
const versionsPerEntry = 10;
const snapshotsPerSeason = 20;
const seasonsPerPerson = 5;

function storeSql(versions: number): string[] {
  const seasons = versions / (entriesPerSeason * versionsPerEntry);
  const perSeries = Math.max(1, seasons / seriesCount);
  const people = (seasons * entriesPerSeason) / seasonsPerPerson;
  const snap = (s: string) => `((${s} - 1) * ${snapshotsPerSeason})`;

  return [
    `INSERT INTO "Series" ("id", "name", "slug", "fetchedAt")
     SELECT 901600 + s, 'Bench Series ' || s, 'bench-series-' || s, now()
     FROM generate_series(0, ${seriesCount - 1}) s`,
    `INSERT INTO "Season" ("id", "seriesId", "seasonNumber", "language",
       "checkedAt")
     SELECT s, 901600 + (s - 1) / ${perSeries}, 1 + (s - 1) % ${perSeries},
       'en-US', now()
     FROM generate_series(1, ${seasons}) s`,
    `INSERT INTO "Snapshot" ("id", "seasonId", "fetchedAt", "tmdbId",
       "castCount", "crewCount")
     SELECT ${snap("s")} + k + 1, s,
       timestamptz '2024-01-01' + k * interval '1 day', s, 40, 60
     FROM generate_series(1, ${seasons}) s,
       generate_series(0, ${snapshotsPerSeason - 1}) k`,
    `INSERT INTO "SeasonCheck" ("seasonId", "snapshotId", "checkedAt",
       "changed")
     SELECT "seasonId", "id", "fetchedAt", true FROM "Snapshot"`,
    `INSERT INTO "Person" ("id", "name", "updatedAt")
     SELECT p, 'Person ' || p, now() FROM generate_series(1, ${people}) p`,
    `INSERT INTO "Credit" ("seasonId", "personId", "kind", "department",
       "position", "fromSnapshotId", "toSnapshotId", "name", "order",
       "totalEpisodeCount")
     SELECT s, pid, CASE WHEN e < 40 THEN 'cast' ELSE 'crew' END::"CreditKind",
       CASE WHEN e < 40 THEN ''
         ELSE (ARRAY['Directing','Writing','Sound','Camera'])[e % 4 + 1] END,
       CASE WHEN e < 40 THEN e ELSE e - 40 END,
       ${snap("s")} + j * 2 + 1,
       CASE WHEN j = ${versionsPerEntry - 1} THEN NULL
         ELSE ${snap("s")} + j * 2 + 3 END,
       'Person ' || pid, CASE WHEN e < 40 THEN e END, 1 + j
     FROM generate_series(1, ${seasons}) s,
       generate_series(0, ${entriesPerSeason - 1}) e,
       generate_series(0, ${versionsPerEntry - 1}) j,
       LATERAL (SELECT 1 + ((s - 1) * 53 + e) % ${people} AS pid) p`,
    `INSERT INTO "Job" ("creditId", "position", "character", "job",
       "episodeCount")
     SELECT "id", 0,
       CASE WHEN "kind" = 'cast' THEN 'Character ' || "position" END,
       CASE WHEN "kind" = 'crew' THEN "department" || ' job' END,
       "totalEpisodeCount"
     FROM "Credit"`,
    `SELECT setval(pg_get_serial_sequence('"Season"', 'id'),
       (SELECT max("id") FROM "Season"))`,
    `SELECT setval(pg_get_serial_sequence('"Snapshot"', 'id'),
       (SELECT max("id") FROM "Snapshot"))`,
    `ANALYZE`,
  ];
}

/**
 * The person page's queries (readPersonHistory) over a store
 * of `versions` credit versions generated in bulk on PostgreSQL: the p50
 * over `people` different people.
 */
export async function measurePersonPage(
  serverUrl: string,
  versions: number,
  people: number,
): Promise<Figure> {
  const database = await createBenchDatabase(serverUrl);
  try {
    await withSql(database.url, async (client) => {
      for (const sql of storeSql(versions)) await client.query(sql);
    });
    const stored = await database.db.person.count();
    const step = Math.floor(stored / people);
    const readPage = (personId: number) =>
      readPersonHistory(database.db, personId, "en-US");

    await readPage(1);
    const p50 = await medianMs(people, (i) => readPage(1 + i * step));
    return figure(
      `person page queries p50, ${versions} credit versions (postgres)`,
      p50,
      "ms",
      atMost(30),
    );
  } finally {
    await database.close();
  }
}
