import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findSnapshot, rebuildSnapshot } from "@/lib/credits/snapshots";
import type { Db } from "@/lib/db/open";
import type { SeasonCredits } from "../fake-tmdb/credits";
import { mutateSeason } from "../fake-tmdb/mutate";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { writeCrowdedSeries } from "../support/crowded-series";
import { testDatabaseKinds } from "../support/db";
import { removeStall, stallBeforeCommit } from "../support/failing-store";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import { writeFixture } from "../support/fixtures";
import { startNextServer, type NextServer } from "../support/next-server";
import {
  createServerDatabase,
  type ServerDatabase,
} from "../support/server-database";

// A production server is killed with SIGKILL while it stores a changed
// 5,000-entry season, then started again on the same database. The ingest
// is made to stall just before it commits (a trigger in the test's own
// database), so the kill lands with its transaction open and the new
// snapshot, credits and jobs written but not committed, however fast
// ingest becomes.

const size = { cast: 2000, crew: 3000 };
const stallSeconds = 30;
const renamed = " (renamed)";

/** The changed version: a tenth of the entries, a name, five leaving. */
function changedVersion(first: SeasonCredits): SeasonCredits {
  const changed = mutateSeason(first, { seed: 2, fraction: 0.1 });
  changed.cast[0]!.name += renamed;
  changed.crew.splice(0, 5);
  return changed;
}

/** Everything the season's history holds, as counts and ids. */
async function fingerprint(db: Db, seriesId: number) {
  const season = await db.season.findFirstOrThrow({
    where: { seriesId },
    select: { id: true, checkedAt: true, missingAt: true },
  });
  const seasonId = season.id;
  return {
    season,
    snapshots: await db.snapshot.findMany({
      where: { seasonId },
      orderBy: { id: "asc" },
    }),
    checks: await db.seasonCheck.count({ where: { seasonId } }),
    credits: await db.credit.count({ where: { seasonId } }),
    openCredits: await db.credit.count({
      where: { seasonId, toSnapshotId: null },
    }),
    jobs: await db.job.count({ where: { credit: { seasonId } } }),
    people: await db.person.count(),
  };
}

/** Every snapshot of the season rebuilt, oldest first, as JSON text. */
async function rebuildAll(db: Db, seriesId: number): Promise<string[]> {
  const snapshots = await db.snapshot.findMany({
    where: { season: { seriesId } },
    orderBy: { id: "asc" },
  });
  const texts: string[] = [];
  for (const snapshot of snapshots) {
    texts.push(JSON.stringify(await rebuildSnapshot(db, snapshot)));
  }
  return texts;
}

/** Resolves once the server logged that it started storing the season. */
async function waitForIngestStart(server: NextServer, seriesId: number) {
  const started = () =>
    server
      .output()
      .split("\n")
      .some(
        (line) =>
          line.includes('"msg":"ingest started"') &&
          line.includes(`"seriesId":${seriesId},`),
      );
  const deadline = Date.now() + 120_000;
  while (!started()) {
    if (Date.now() > deadline) throw new Error("the ingest never started");
    await sleep(50);
  }
}

// PostgreSQL first: there the test can see the open transaction itself.
const kinds = [...testDatabaseKinds].reverse();

describe.each(kinds)(
  "a server killed while it stores a 5,000-entry season (%s)",
  (kind) => {
    const seriesId = kind === "postgres" ? 901801 : 901802;
    const creditsPath = `/3/tv/${seriesId}/season/1/aggregate_credits`;
    const apiPath = `/api/tv/${seriesId}/season/1/aggregate_credits`;
    let database: ServerDatabase;
    let server: NextServer | undefined;
    let first: SeasonCredits;
    let changed: SeasonCredits;
    let before: Awaited<ReturnType<typeof fingerprint>>;

    const startServer = () =>
      startNextServer(
        {
          TMDB_API_URL: inject("fakeTmdbUrl"),
          TMDB_TOKEN: DEFAULT_TOKEN,
          CREDITS_MAX_AGE_SECONDS: "0",
          TMDB_TIMEOUT_MS: "30000",
          RATE_LIMIT_IP_PER_MINUTE: "100000",
          NEXTAUTH_SECRET: "a-session-secret-for-the-crash-test",
          TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
          ...database.env,
        },
        { ...database.options, ownProcessGroup: true },
      );
    // Every server started, so that none outlives a failed step.
    const started: NextServer[] = [];
    const start = async () => {
      const next = await startServer();
      started.push(next);
      return next;
    };
    const get = (path: string) => fetch(`${server!.url}${path}`);

    beforeAll(async () => {
      database = await createServerDatabase(kind);
      first = writeCrowdedSeries(inject("fixturesDir"), seriesId, size);
      changed = changedVersion(first);
    });

    afterAll(async () => {
      for (const each of started) await each.stop();
      await fakeTmdbControl(inject("fakeTmdbUrl")).clearFaults();
      await database?.close();
    });

    it("stores the first version", { timeout: 300_000 }, async () => {
      server = await start();

      const response = await get(apiPath);
      expect(await response.text()).toBe(JSON.stringify(first));
      await server.stop();

      before = await database.use(async (db) => {
        await stallBeforeCommit(db, stallSeconds);
        return fingerprint(db, seriesId);
      });
      expect(before.snapshots).toHaveLength(1);
      expect(before.credits).toBe(size.cast + size.crew);
    });

    it(
      "is killed while storing the changed version",
      { timeout: 300_000 },
      async () => {
        server = await start();
        writeFixture(
          inject("fixturesDir"),
          `tv/${seriesId}/season/1/aggregate_credits`,
          changed,
        );

        const fetching = get(apiPath).catch(() => null);
        await waitForIngestStart(server, seriesId);
        // On PostgreSQL the stalled transaction is seen directly; PGlite
        // runs inside the server, whose process the stall freezes.
        let written: string[] = [];
        if (kind === "postgres") {
          await database.waitForSleepInTransaction(120_000);
          written = await database.tablesBeingWritten();
        } else {
          await sleep(1000);
        }
        await server.crash();

        if (kind === "postgres") {
          expect(written).toEqual(
            expect.arrayContaining([
              "Credit",
              "Job",
              "SeasonCheck",
              "Snapshot",
            ]),
          );
        }
        expect(await fetching).toBeNull();
        expect(server.output()).not.toContain('"msg":"season refreshed"');
      },
    );

    it(
      "left no part of the changed version behind",
      { timeout: 120_000 },
      async () => {
        await database.waitForNoOpenTransaction(60_000);

        const after = await database.use(async (db) => {
          await removeStall(db);
          return {
            fingerprint: await fingerprint(db, seriesId),
            rebuilt: await rebuildAll(db, seriesId),
          };
        });

        expect(after.fingerprint).toEqual(before);
        expect(after.rebuilt).toEqual([JSON.stringify(first)]);
      },
    );

    it(
      "serves the previous version after a restart",
      { timeout: 300_000 },
      async () => {
        server = await start();
        const tmdb = fakeTmdbControl(inject("fakeTmdbUrl"));
        await tmdb.addFault({ path: creditsPath, status: 503 });

        let page: Response;
        let api: string;
        try {
          page = await get(`/tv/${seriesId}/season/1`);
          api = await (await get(apiPath)).text();
        } finally {
          await tmdb.clearFaults();
        }
        const html = await page.text();

        expect(page.status).toBe(200);
        expect(html).toContain("Could not refresh from TMDB");
        expect(html).toContain(first.cast[0]!.name);
        expect(html).not.toContain(renamed);
        expect(api).toBe(JSON.stringify(first));
      },
    );

    it(
      "stores the changed version cleanly on the next fetch",
      { timeout: 300_000 },
      async () => {
        const response = await get(apiPath);
        expect(await response.text()).toBe(JSON.stringify(changed));
        await server!.stop();

        const after = await database.use(async (db) => ({
          fingerprint: await fingerprint(db, seriesId),
          rebuilt: await rebuildAll(db, seriesId),
          latest: await findSnapshot(db, before.season.id),
        }));

        expect(after.rebuilt).toEqual([
          JSON.stringify(first),
          JSON.stringify(changed),
        ]);
        expect(after.latest?.id).toBe(after.fingerprint.snapshots[1]!.id);
        expect(after.fingerprint.checks).toBe(before.checks + 1);
      },
    );
  },
);
