import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { squidGameSeason2 } from "../support/fixtures";
import { startNextServer, type NextServer } from "../support/next-server";
import { hasTestPostgres } from "../support/postgres";
import {
  createServerDatabase,
  type ServerDatabase,
} from "../support/server-database";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

const seasonPath = "/tv/93405-squid-game/season/2";
const season2 = "tv/93405/season/2/aggregate_credits";

// Two production servers on one PostgreSQL database: the writer fetches
// from TMDB on every view, the reader keeps its pages for an hour.
describe.skipIf(!hasTestPostgres)("cached pages across two processes", () => {
  let tmdb: TmdbHarness;
  let database: ServerDatabase;
  let writer: NextServer;
  let reader: NextServer;

  beforeAll(async () => {
    tmdb = await startTmdbHarness();
    database = await createServerDatabase("postgres");
    const env = {
      TMDB_API_URL: tmdb.fake.url,
      TMDB_TOKEN: DEFAULT_TOKEN,
      // Both processes sign and encrypt alike, as they must on one database.
      NEXTAUTH_SECRET: "a-session-secret-for-two-processes",
      TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
      ...database.env,
    };
    // One after the other: each migrates the database when it starts.
    writer = await startNextServer(
      { ...env, CREDITS_MAX_AGE_SECONDS: "0" },
      database.options,
    );
    reader = await startNextServer(
      { ...env, CREDITS_MAX_AGE_SECONDS: "3600" },
      database.options,
    );
  });

  afterAll(async () => {
    await reader?.stop();
    await writer?.stop();
    await database?.close();
    await tmdb?.close();
  });

  const view = async (site: NextServer) => {
    const response = await fetch(`${site.url}${seasonPath}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    return { html, cache: response.headers.get("x-castlog-cache") };
  };

  it("shows a change stored by one on the other's cached page", async () => {
    await view(writer);
    // The first view also starts the reader listening, so pages are
    // cached from the second on; the third makes the proxy's copy.
    for (let i = 0; i < 3; i += 1) await view(reader);
    const cached = await view(reader);
    const changed = squidGameSeason2();
    const cast = changed.cast as { roles: { character: string }[] }[];
    cast[0]!.roles[0]!.character = "Player 456, renamed";
    tmdb.writeFixture(season2, changed);

    const written = await view(writer);

    expect(cached.cache).toBe("HIT");
    expect(cached.html).not.toContain("renamed");
    expect(written.html).toContain("Player 456, renamed");
    await vi.waitFor(
      async () =>
        expect((await view(reader)).html).toContain("Player 456, renamed"),
      { timeout: 5_000, interval: 100 },
    );
  });
});
