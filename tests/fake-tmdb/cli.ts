import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readCommandArgs, wholeNumber } from "./cli-args";
import { startFakeTmdb } from "./server";

const usage =
  "usage: npm run fake-tmdb -- [--port N] [--fixtures DIR] " +
  "[--token T]... [--latency MS]";

// Resolved from this file so the command works from any directory.
const defaultFixturesDir = fileURLToPath(
  new URL("./fixtures", import.meta.url),
);

const argsSchema = z.object({
  port: wholeNumber.pipe(z.int().max(65535)).default(4010),
  fixtures: z.string().min(1).default(defaultFixturesDir),
  token: z.array(z.string().min(1)).default([]),
  latency: wholeNumber.default(0),
});

const options = {
  port: { type: "string" },
  fixtures: { type: "string" },
  token: { type: "string", multiple: true },
  latency: { type: "string" },
} as const;

async function main(): Promise<void> {
  const args = readCommandArgs(options, argsSchema, usage);

  const tmdb = await startFakeTmdb({
    port: args.port,
    fixturesDir: args.fixtures,
    tokens: args.token,
    latencyMs: args.latency,
  });
  console.log(`fake TMDB listening on ${tmdb.url}`);

  const stop = () => {
    tmdb.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
