// `npm run bench [-- --quick] [--only site|store] [--latency MS]
// [--out FILE]`: measures the figures castlog aims for in one run, prints
// one line each and writes them to bench-results.json. `--only store`
// measures the database figures alone, without building or starting the
// site. PostgreSQL figures need DATABASE_URL (a server the bench may
// create and drop its own databases on).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { formatFigure, type Figure } from "./figures";
import { runBench } from "./run";

const argsSchema = z.object({
  quick: z.boolean().default(false),
  only: z.enum(["site", "store"]).optional(),
  latency: z.coerce.number().int().min(0).default(50),
  out: z.string().min(1).default("bench-results.json"),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean" },
      only: { type: "string" },
      latency: { type: "string" },
      out: { type: "string" },
    },
  });
  const args = argsSchema.parse(values);
  const serverUrl = process.env.DATABASE_URL || undefined;
  // The build and the servers get their database explicitly; a build that
  // saw DATABASE_URL would demand production secrets it does not need.
  delete process.env.DATABASE_URL;
  // Keep the ingest's own info lines out of the figures.
  process.env.LOG_LEVEL ??= "warn";

  const figures: Figure[] = [];
  await runBench({
    quick: args.quick,
    only: args.only,
    latencyMs: args.latency,
    serverUrl,
    report: (figure) => {
      figures.push(figure);
      console.log(formatFigure(figure));
    },
  });

  writeFileSync(args.out, `${JSON.stringify(figures, null, 2)}\n`);
  const unmet = figures.filter((f) => f.value !== null && !f.met).length;
  console.log(`${figures.length} figures, ${unmet} goals not met`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
