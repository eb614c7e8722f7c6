import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { testDatabaseKinds } from "../support/db";
import {
  breakSnapshotWrites,
  healSnapshotWrites,
} from "../support/failing-store";
import { startNextServer, type NextServer } from "../support/next-server";
import {
  createServerDatabase,
  type ServerDatabase,
} from "../support/server-database";
import {
  smallCastId,
  smallSeasonCredits,
  writeSmallSeason,
  writeSmallSeries,
} from "../support/small-series";

// TMDB answers well, but the database refuses to store the new version:
// the season page must still serve the version it has.

describe.each(testDatabaseKinds)(
  "a season page whose new version cannot be stored (%s)",
  (kind) => {
    const series = {
      id: kind === "postgres" ? 901811 : 901812,
      name: "Full Disk",
    };
    const newcomer = `Person ${smallCastId(series, 1, 4)}`;
    let database: ServerDatabase;
    let server: NextServer | undefined;

    const start = async () => {
      await server?.stop();
      server = await startNextServer(
        {
          TMDB_API_URL: inject("fakeTmdbUrl"),
          TMDB_TOKEN: DEFAULT_TOKEN,
          CREDITS_MAX_AGE_SECONDS: "0",
          RATE_LIMIT_IP_PER_MINUTE: "100000",
          NEXTAUTH_SECRET: "a-session-secret-for-store-failures",
          TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 8).toString("base64"),
          ...database.env,
        },
        database.options,
      );
      return server;
    };
    const snapshots = () => database.use((db) => db.snapshot.count());

    beforeAll(async () => {
      database = await createServerDatabase(kind);
      writeSmallSeries(inject("fixturesDir"), series, [1]);
      const first = await start();
      expect((await fetch(`${first.url}/tv/${series.id}/season/1`)).ok).toBe(
        true,
      );
      // PGlite allows one process: the trigger goes in between servers.
      await first.stop();
      await database.use(breakSnapshotWrites);
      writeSmallSeason(inject("fixturesDir"), series, 1, 5);
      await start();
    }, 300_000);

    afterAll(async () => {
      await server?.stop();
      await database?.close();
    });

    it("serves the stored version with a notice instead of an error", async () => {
      const page = await fetch(`${server!.url}/tv/${series.id}/season/1`);
      const html = await page.text();

      expect(page.status).toBe(200);
      expect(html).toContain(
        "Could not store the latest credits from TMDB, showing data as of",
      );
      expect(html).toContain(`Person ${smallCastId(series, 1, 2)}`);
      expect(html).not.toContain(newcomer);
    });

    it("answers the API with the stored version", async () => {
      const api = `/api/tv/${series.id}/season/1/aggregate_credits`;
      const response = await fetch(`${server!.url}${api}`);

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(smallSeasonCredits(series, 1, 3));
    });

    it("logs why, without a token", () => {
      const lines = server!
        .output()
        .split("\n")
        .filter((line) => line.includes('"msg":"storing a season failed"'));

      expect(lines.length).toBeGreaterThan(0);
      expect(lines[0]).toContain("the disk is full");
      expect(lines[0]).toContain(`"seriesId":${series.id}`);
      expect(server!.output()).not.toContain(DEFAULT_TOKEN);
    });

    it("stored nothing of the new version", async () => {
      await server!.stop();

      expect(await snapshots()).toBe(1);
    });

    it("stores the new version once the database accepts it again", async () => {
      await database.use(healSnapshotWrites);
      const healed = await start();

      const page = await fetch(`${healed.url}/tv/${series.id}/season/1`);

      expect(await page.text()).toContain(newcomer);
    });
  },
);
