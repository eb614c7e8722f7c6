import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithToken } from "@/lib/auth/accounts";
import type { OpenDatabase } from "@/lib/db/open";
import { DEFAULT_TOKEN, makeToken } from "../fake-tmdb/token";
import { createTestDatabase } from "../support/db";
import { writeGeneratedSeries } from "../support/generated-series";
import { freePort } from "../support/next-server";
import {
  runRefreshCommand,
  type FinishedCommand,
} from "../support/refresh-command";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

describe.runIf(process.env.TEST_DATABASE_URL)(
  "npm run refresh with PostgreSQL",
  () => {
    const encryptionKey = Buffer.alloc(32, 3).toString("base64");
    const keys = { current: encryptionKey, previous: [] };
    const otherToken = makeToken("65f0ca57109fa4e7de000670");
    const seasonNumbers = Array.from({ length: 30 }, (_, i) => i + 1);
    let harness: TmdbHarness;
    let open: OpenDatabase;
    let run: FinishedCommand;

    beforeAll(async () => {
      harness = await startTmdbHarness({ tokens: [DEFAULT_TOKEN, otherToken] });
      writeGeneratedSeries(harness.fixtures, 900670, seasonNumbers);
      writeGeneratedSeries(harness.fixtures, 900671, [1]);
      open = await createTestDatabase("postgres");

      const users = [];
      for (const token of [DEFAULT_TOKEN, otherToken]) {
        const user = await signInWithToken(open.db, harness.tmdb, token, keys);
        if (!user.ok) throw new Error("sign-in failed");
        users.push(user.userId);
        await open.db.trackedSeason.create({
          data: {
            userId: user.userId,
            seriesId: 900671,
            seasonNumber: 1,
            language: "en-US",
          },
        });
      }
      await open.db.trackedSeries.create({
        data: { userId: users[0]!, seriesId: 900670 },
      });
      harness.fake.resetCounts();

      if (open.target.kind !== "postgres") throw new Error("not PostgreSQL");
      run = await runRefreshCommand({
        DATABASE_URL: open.target.url,
        TMDB_API_URL: harness.fake.url,
        TMDB_MAX_RPS: "10",
        TOKEN_ENCRYPTION_KEY: encryptionKey,
        NEXTAUTH_SECRET: "s".repeat(32),
      });
    }, 120_000);

    afterAll(async () => {
      await open?.close();
      await harness?.close();
    });

    it("refreshes every tracked season once and sums the run up", async () => {
      const counts = harness.fake.requestCounts();

      expect(run.code).toBe(0);
      // Both series' details, once each, and the 31 seasons.
      expect(counts.total).toBe(33);
      expect(counts.byPath["/3/tv/900670"]).toBe(1);
      expect(counts.byPath["/3/tv/900671"]).toBe(1);
      expect(counts.byPath["/3/tv/900671/season/1/aggregate_credits"]).toBe(1);
      expect(run.stdout).toMatch(/seasons refreshed\s+31 of 31\n/);
      expect(run.stdout).toMatch(/changed\s+31\n/);
      expect(run.stdout).toMatch(/series details\s+1 of 1\n/);
      expect(run.stdout).toMatch(/TMDB requests\s+33 \(\d+\.\d\/s\)/);
      expect(await open.db.season.count()).toBe(31);
    });

    it("keeps to TMDB_MAX_RPS over the run, as the fake server counts", () => {
      const { startedAt } = harness.fake.requestTimeline();
      const secondsAfterFirst = startedAt.map(
        (t) => (t - startedAt[0]!) / 1000,
      );

      // 33 requests, 10 a second: the 31st and later arrive 3 s after the
      // first at the soonest.
      expect(secondsAfterFirst.at(30)).toBeGreaterThan(3);
      expect(run.stdout).toMatch(/TMDB requests\s+33 \((\d|10)\.\d\/s\)/);
      // Within any one second, the server sees at most the budget.
      for (const start of secondsAfterFirst) {
        const within = secondsAfterFirst.filter(
          (t) => t >= start && t < start + 1,
        );
        expect(within.length).toBeLessThanOrEqual(10);
      }
    });

    it("shows progress a tenth at a time when not on a terminal", () => {
      const lines = run.stderr.trim().split("\n");

      expect(lines.filter((l) => l.startsWith("seasons: "))).toHaveLength(11);
      expect(lines).toContain("seasons: 100 % (31/31), 31 changed, 0 failed");
      expect(lines).toContain("series details: 100 % (1/1), 0 failed");
    });
  },
);

describe("npm run refresh with the embedded database", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "castlog-refresh-"));
  const pgliteDir = path.join(dataDir, "pglite");

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("refuses without CRON_SECRET, saying what to do", async () => {
    const run = await runRefreshCommand({ PGLITE_DIR: pgliteDir });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain("CRON_SECRET is not set.");
    expect(run.stderr).toContain("start the server with CRON_SECRET set");
    expect(run.stderr).toContain("or use PostgreSQL (DATABASE_URL)");
    expect(existsSync(dataDir) && !existsSync(pgliteDir)).toBe(true);
  });

  it("refuses when no server answers at SITE_URL", async () => {
    const siteUrl = `http://127.0.0.1:${await freePort()}`;

    const run = await runRefreshCommand({
      PGLITE_DIR: pgliteDir,
      CRON_SECRET: "a cron secret of some length",
      SITE_URL: siteUrl,
    });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`No castlog server answers at ${siteUrl}.`);
    expect(run.stderr).toContain("or use PostgreSQL (DATABASE_URL)");
    expect(run.stdout).toBe("");
    expect(existsSync(pgliteDir)).toBe(false);
  });
});
