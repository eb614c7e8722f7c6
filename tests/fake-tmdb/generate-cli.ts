import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { readCommandArgs, wholeNumber } from "./cli-args";
import { formatFixture, generateSeason } from "./generate";
import { generateSeriesDetails } from "./series-details";

const usage =
  "usage: npm run fixtures:generate -- --seed N --cast N --crew N " +
  "[--episodes N] [--season-id N] [--out FILE] " +
  "[--series-details FILE [--series-id N --season-number N]]";

const count = (min = 0) => wholeNumber.pipe(z.int().min(min));

const argsSchema = z.object({
  seed: count().pipe(z.int().max(0xffffffff)),
  cast: count(),
  crew: count(),
  episodes: count(1).default(8),
  "season-id": count(1).optional(),
  out: z.string().min(1).optional(),
  "series-details": z.string().min(1).optional(),
  "series-id": count(1).optional(),
  "season-number": count().optional(),
});

// Series id and season number can come from the fixture layout.
const creditsPath = /3\/tv\/(\d+)\/season\/(\d+)\/aggregate_credits\.json$/;

// Every option takes one value.
const options = Object.fromEntries(
  Object.keys(argsSchema.shape).map((name) => [name, { type: "string" }]),
) as Record<keyof typeof argsSchema.shape, { type: "string" }>;

async function writeText(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}

async function main(): Promise<void> {
  const args = readCommandArgs(options, argsSchema, usage);
  const season = generateSeason({
    seed: args.seed,
    cast: args.cast,
    crew: args.crew,
    episodes: args.episodes,
    seasonId: args["season-id"],
  });

  if (args.out === undefined) {
    process.stdout.write(formatFixture(season));
  } else {
    await writeText(args.out, formatFixture(season));
    console.log(
      `wrote ${season.cast.length} cast and ` +
        `${season.crew.length} crew entries to ${args.out}`,
    );
  }

  const detailsFile = args["series-details"];
  if (detailsFile === undefined) return;
  const fromPath = creditsPath.exec(args.out ?? "");
  const seriesId = args["series-id"] ?? Number(fromPath?.[1]);
  const seasonNumber = args["season-number"] ?? Number(fromPath?.[2]);
  if (!Number.isInteger(seriesId) || !Number.isInteger(seasonNumber)) {
    throw new Error(
      "--series-details needs --series-id and --season-number, or an --out " +
        "path like DIR/3/tv/ID/season/N/aggregate_credits.json",
    );
  }
  const details = generateSeriesDetails({
    seriesId,
    seasonNumber,
    seasonId: season.id,
    episodes: args.episodes,
  });
  await writeText(detailsFile, formatFixture(details));
  console.log(`wrote series details to ${detailsFile}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
