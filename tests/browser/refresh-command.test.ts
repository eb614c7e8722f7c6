import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { writeGeneratedSeries } from "../support/generated-series";
import { startNextServer, type NextServer } from "../support/next-server";
import { runRefreshCommand } from "../support/refresh-command";
import { seedTracking } from "../support/tracking-seed";

// With the embedded database only the server may open it, so the command
// asks the server to refresh. The database is prepared before the server
// starts on it.
const secret = "an end-to-end cron secret";
const encryptionKey = Buffer.alloc(32, 2).toString("base64");
const seriesId = 900680;
const seasonNumbers = Array.from({ length: 12 }, (_, i) => i + 1);
const dataDir = mkdtempSync(path.join(os.tmpdir(), "castlog-refresh-e2e-"));
const pgliteDir = path.join(dataDir, "pglite");
const tmdb = () => fakeTmdbControl(inject("fakeTmdbUrl"));
let server: NextServer;

beforeAll(async () => {
  writeGeneratedSeries(inject("fixturesDir"), seriesId, seasonNumbers);
  await seedTracking({
    pgliteDir,
    tmdbUrl: inject("fakeTmdbUrl"),
    token: DEFAULT_TOKEN,
    encryptionKey,
    track: { seriesId },
  });
  server = await startNextServer({
    PGLITE_DIR: pgliteDir,
    TMDB_API_URL: inject("fakeTmdbUrl"),
    TMDB_MAX_RPS: "5",
    CRON_SECRET: secret,
    TOKEN_ENCRYPTION_KEY: encryptionKey,
    NEXTAUTH_SECRET: "e".repeat(32),
  });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const command = (env: Record<string, string> = {}) =>
  runRefreshCommand({
    PGLITE_DIR: pgliteDir,
    SITE_URL: server.url,
    CRON_SECRET: secret,
    ...env,
  });

describe("npm run refresh through a running server", () => {
  it("refreshes the tracked seasons within the server's budget", async () => {
    await tmdb().resetCounts();

    const run = await command();

    const counts = await tmdb().requestCounts();
    const { startedAt } = await tmdb().requestTimeline();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/seasons refreshed\s+12 of 12\n/);
    expect(run.stdout).toMatch(/TMDB requests\s+13 /);
    expect(run.stderr).toContain("seasons: 100 % (12/12), 12 changed");
    expect(counts.byPath[`/3/tv/${seriesId}`]).toBe(1);
    for (const n of seasonNumbers) {
      const path = `/3/tv/${seriesId}/season/${n}/aggregate_credits`;
      expect(counts.byPath[path]).toBe(1);
    }
    // 13 requests at 5 a second: the last leaves 2 s after the first.
    expect(startedAt.at(-1)! - startedAt[0]!).toBeGreaterThan(1900);
    expect(server.output()).not.toContain(secret);
  });

  it("streams progress as it goes, not all at the end", async () => {
    const response = await fetch(`${server.url}/api/cron/refresh`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${secret}`,
        accept: "application/x-ndjson",
      },
    });
    const reader = response.body!.getReader();
    const started = performance.now();

    await reader.read();
    const firstAfter = performance.now() - started;
    while (!(await reader.read()).done);
    const allAfter = performance.now() - started;

    expect(response.status).toBe(200);
    expect(firstAfter).toBeLessThan(allAfter / 2);
  });

  it("refuses a wrong secret, naming what to use", async () => {
    const run = await command({ CRON_SECRET: "not the server's secret" });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "refused CRON_SECRET: use the value the server was started with.",
    );
  });

  it("refuses when the server has no CRON_SECRET", async () => {
    const run = await command({ SITE_URL: inject("siteUrl") });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain("has no CRON_SECRET.");
  });
});
