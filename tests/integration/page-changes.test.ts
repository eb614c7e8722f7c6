import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refreshSeason } from "@/lib/credits/refresh";
import { hearsPageChanges, pagesChanged } from "@/lib/page-cache/changes";
import { cachedPage, rememberPage } from "@/lib/page-cache/registry";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { hasTestPostgres, useSharedPostgres } from "../support/postgres";
import { writeSmallSeries } from "../support/small-series";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const path = "/tv/900990-n/season/1";
const channel = "castlog_pages";

// Each process's cache of season pages, told of other processes' writes.
// Another process is played by a connection of the test's own.
describe.skipIf(!hasTestPostgres)("page changes across processes", () => {
  const postgres = useSharedPostgres();
  const harness = setUpTmdbHarness();
  const others: pg.Client[] = [];
  afterEach(() => Promise.all(others.splice(0).map((c) => c.end())));

  const otherProcess = async () => {
    const client = new pg.Client({ connectionString: postgres().url });
    await client.connect();
    others.push(client);
    return client;
  };

  const listening = async () => {
    const client = await otherProcess();
    await client.query(`LISTEN ${channel}`);
    return new Promise<string | undefined>((heard) =>
      client.once("notification", (message) => heard(message.payload)),
    );
  };

  const fresh = () => rememberPage(path, Date.now() + 60_000);
  const hearing = (timeout = 5_000) =>
    vi.waitFor(() => expect(hearsPageChanges(postgres().url)).toBe(true), {
      timeout,
    });
  const forgotten = () =>
    vi.waitFor(() => expect(cachedPage(path)).toBeNull(), { timeout: 5_000 });

  it("forgets this process's pages when another process writes", async () => {
    await hearing();
    fresh();
    const other = await otherProcess();

    expect(cachedPage(path)).not.toBeNull();
    await other.query("SELECT pg_notify($1, 'another process')", [channel]);
    await forgotten();
  });

  it("forgets its own pages at once and tells the others", async () => {
    const heard = listening();
    fresh();

    pagesChanged(postgres().first.db);

    expect(cachedPage(path)).toBeNull();
    expect(await heard).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("tells the other processes of every refresh", async () => {
    writeSmallSeries(harness().fixtures, { id: 900990, name: "N" }, [1]);
    const heard = listening();
    const key = { seriesId: 900990, seasonNumber: 1, language: "en-US" };

    const result = await refreshSeason(
      postgres().first.db,
      harness().tmdb,
      DEFAULT_TOKEN,
      key,
      3_600_000,
    );

    expect(result.ok).toBe(true);
    expect(await heard).toBeDefined();
  });

  it("forgets its pages when it stops hearing, and listens again", async () => {
    await hearing();
    fresh();
    const other = await otherProcess();

    await other.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity " +
        "WHERE query = $1 AND datname = current_database()",
      [`LISTEN ${channel}`],
    );
    await forgotten();

    expect(hearsPageChanges(postgres().url)).toBe(false);
    await hearing(10_000);
  });
});
