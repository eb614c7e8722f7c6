import { parseArgs } from "node:util";
import { formatReport, failures } from "./figures";
import { runSoak } from "./run";

// `npm run soak [-- --quick | --seconds N]`: drives load on a production
// server while the fake TMDB server misbehaves, prints the figures and
// exits 1 unless every goal was met.
const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    seconds: { type: "string" },
    workers: { type: "string", default: "10" },
  },
});

const seconds = Number(values.seconds ?? (values.quick ? 15 : 60));
const workers = Number(values.workers);
if (!(seconds > 0) || !Number.isInteger(workers) || workers < 1) {
  console.error("usage: npm run soak -- [--quick] [--seconds N] [--workers N]");
  process.exit(2);
}

try {
  const figures = await runSoak({
    seconds,
    workers,
    maxRps: 20,
    timeoutMs: 1000,
    firstSeriesId: 901700,
  });
  for (const line of formatReport(figures)) console.log(line);
  process.exit(failures(figures).length === 0 ? 0 : 1);
} catch (error) {
  console.error(error);
  console.log(`soak: FAIL could not run (${String(error).split("\n")[0]})`);
  process.exit(1);
}
