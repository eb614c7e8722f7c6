import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startFakeTmdb } from "../fake-tmdb/server";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { fixturesDir } from "../support/fixtures";
import { ensureProductionBuild, startNextServer } from "../support/next-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** A site with a TMDB token that refetches on every view. */
    siteUrl: string;
    /** A site without any TMDB token: it can only show what it stored. */
    tokenlessUrl: string;
    fakeTmdbUrl: string;
    /**
     * The fake server's own copy of the fixtures: tests may add series
     * and seasons there (see writeFixture), under ids no other file uses.
     */
    fixturesDir: string;
  }
}

/**
 * Builds the site once, then starts the fake TMDB server and two
 * production servers against it for every end-to-end test file.
 */
export default async function setup(project: TestProject) {
  ensureProductionBuild();
  const fixtures = mkdtempSync(path.join(os.tmpdir(), "castlog-e2e-tmdb-"));
  cpSync(fixturesDir, fixtures, { recursive: true });
  const tmdb = await startFakeTmdb({ port: 0, fixturesDir: fixtures });
  const env = {
    TMDB_API_URL: tmdb.url,
    CREDITS_MAX_AGE_SECONDS: "0",
    TMDB_TIMEOUT_MS: "3000",
    // Without a trusted proxy all anonymous views share one allowance,
    // and these servers fetch from TMDB on every view.
    RATE_LIMIT_IP_PER_MINUTE: "100000",
    RATE_LIMIT_USER_PER_MINUTE: "100000",
  };
  const [site, tokenless] = await Promise.all([
    startNextServer({ ...env, TMDB_TOKEN: DEFAULT_TOKEN }),
    startNextServer({ ...env, TMDB_TOKEN: "" }),
  ]);

  project.provide("siteUrl", site.url);
  project.provide("tokenlessUrl", tokenless.url);
  project.provide("fakeTmdbUrl", tmdb.url);
  project.provide("fixturesDir", fixtures);

  return async () => {
    await Promise.all([site.stop(), tokenless.stop()]);
    await tmdb.close();
    rmSync(fixtures, { recursive: true, force: true });
  };
}
