import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startFakeTmdb } from "../fake-tmdb/server";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { fixturesDir } from "../support/fixtures";
import {
  ensureProductionBuild,
  startNextServer,
  type NextServer,
} from "../support/next-server";
import { applyPhase, faultPhases } from "./faults";
import { peakInWindow, type SoakFigures } from "./figures";
import { checkHistory } from "./history";
import { createTally, driveLoad, listTargets, type Target } from "./load";
import {
  createSoakWorld,
  writeBrokenBody,
  writeNextVersion,
  type SoakWorld,
} from "./seasons";

export type SoakOptions = {
  seconds: number;
  workers: number;
  maxRps: number;
  timeoutMs: number;
  firstSeriesId: number;
};

// Seeds the stored seasons: a view each, all at once, before any fault.
async function seedStoredSeasons(baseUrl: string, targets: Target[]) {
  const pages = targets.filter((t) => t.kind === "stored season page");
  await Promise.all(
    pages.map(async ({ path }) => {
      const response = await fetch(`${baseUrl}${path}`);
      const body = await response.text();
      if (response.status !== 200 || body.includes("TMDB is unavailable")) {
        throw new Error(`seeding ${path} answered ${response.status}`);
      }
    }),
  );
}

// Walks through the fault phases while the load runs, and keeps writing
// new versions of the stored seasons and new broken bodies for the others.
async function changeTmdbOverTime(
  world: SoakWorld,
  fake: Awaited<ReturnType<typeof startFakeTmdb>>,
  options: SoakOptions,
) {
  const phases = faultPhases(options.timeoutMs);
  // The last stretch is calm so that every season ends on a good answer.
  const stretchMs = (options.seconds * 1000) / (phases.length + 1);
  const stored = world.seasons.filter((season) => season.stored);
  const neverStored = world.seasons.filter((season) => !season.stored);

  for (const [turn, phase] of [...phases, phases[0]!].entries()) {
    applyPhase(fake, world, phase);
    writeNextVersion(world, stored[turn % stored.length]!);
    for (const season of neverStored) writeBrokenBody(world, season, turn);
    await sleep(stretchMs);
  }
  fake.clearFaults();
}

/** Runs the soak and returns its figures; cleans up after itself. */
export async function runSoak(options: SoakOptions): Promise<SoakFigures> {
  ensureProductionBuild();
  const fixtures = mkdtempSync(path.join(os.tmpdir(), "castlog-soak-"));
  cpSync(fixturesDir, fixtures, { recursive: true });
  const world = createSoakWorld(fixtures, options.firstSeriesId);
  const fake = await startFakeTmdb({ port: 0, fixturesDir: fixtures });
  let server: NextServer | undefined;

  try {
    server = await startNextServer({
      TMDB_API_URL: fake.url,
      TMDB_TOKEN: DEFAULT_TOKEN,
      CREDITS_MAX_AGE_SECONDS: "0",
      TMDB_MAX_RPS: String(options.maxRps),
      TMDB_TIMEOUT_MS: String(options.timeoutMs),
      LOG_LEVEL: "error",
      // Per-visitor limits would throttle the load generator itself.
      RATE_LIMIT_IP_PER_MINUTE: "1000000",
      RATE_LIMIT_USER_PER_MINUTE: "1000000",
    });
    const targets = listTargets(world);
    await seedStoredSeasons(server.url, targets);

    const tally = createTally();
    let stopped = false;
    const started = performance.now();
    const load = driveLoad({
      baseUrl: server.url,
      targets,
      workers: options.workers,
      tally,
      stopped: () => stopped,
    });
    await changeTmdbOverTime(world, fake, options);
    stopped = true;
    await load;
    const seconds = Math.round((performance.now() - started) / 1000);

    const timeline = fake.requestTimeline();
    await server.stop({ keepData: true });
    const history = await checkHistory(server.pgliteDir, world);
    return {
      seconds,
      tally,
      peakRps: peakInWindow(timeline.startedAt),
      budgetRps: options.maxRps,
      tmdbRequests: timeline.startedAt.length,
      badBodies: world.seasons.reduce((n, s) => n + s.badBodies.size, 0),
      history,
    };
  } catch (error) {
    // The server's own words are the quickest way to the cause.
    if (server) console.error(server.output().slice(-4000));
    throw error;
  } finally {
    await server?.stop();
    await fake.close();
    rmSync(fixtures, { recursive: true, force: true });
  }
}
