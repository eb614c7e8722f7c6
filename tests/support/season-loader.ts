// A stand-in for one server process, for tests of what several processes
// sharing one PostgreSQL database do together. Started by
// tests/support/loader-process.ts as
//   tsx --conditions=react-server tests/support/season-loader.ts '<seasons>'
// with DATABASE_URL, TMDB_API_URL and TMDB_TOKEN set, it opens the database,
// prints "ready", waits for a line on stdin, then loads every season in the
// JSON list at once through the production loader and prints a summary.
import { once } from "node:events";
import { createInterface } from "node:readline";
import { z } from "zod";
import { loadSeasonCredits } from "../../lib/credits/load";
import { getDb } from "../../lib/db";

const seasonsSchema = z.array(
  z.object({
    seriesId: z.number(),
    seasonNumber: z.number(),
    language: z.string(),
  }),
);

const seasons = seasonsSchema.parse(JSON.parse(process.argv[2] ?? "[]"));
await getDb();
console.log("ready");

await once(createInterface({ input: process.stdin }), "line");
const results = await Promise.all(
  seasons.map((season) => loadSeasonCredits(season)),
);

const failures = results.flatMap((result) =>
  result.ok ? [] : [result.failure.kind],
);
console.log(
  JSON.stringify({ loaded: results.length - failures.length, failures }),
);
process.exit(0);
