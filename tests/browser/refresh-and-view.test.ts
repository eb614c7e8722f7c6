import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshSummarySchema } from "@/lib/refresh-job/events";
import { startFakeTmdb, type FakeTmdb } from "../fake-tmdb/server";
import { makeToken } from "../fake-tmdb/token";
import { startNextServer, type NextServer } from "../support/next-server";
import { smallCastId, writeSmallSeries } from "../support/small-series";
import { seedTracking } from "../support/tracking-seed";

// One server on the embedded database runs both the refresh job (through
// its cron endpoint) and page views: they must fetch a season once
// between them. The site's token and the tracker's differ, so that the
// TMDB client cannot merge the two requests on its own.
const secret = "a cron secret for these tests";
const encryptionKey = Buffer.alloc(32, 3).toString("base64");
const siteToken = makeToken("65f0ca57109fa4e7de000901");
const trackerToken = makeToken("65f0ca57109fa4e7de000902");
const series = { id: 901506, name: "Harbour Bells" };
const seasonPage = "/tv/901506-harbour-bells/season/1";
const creditsPath = `/3/tv/${series.id}/season/1/aggregate_credits`;
const lead = `Person ${smallCastId(series, 1, 0)}`;

const dataDir = mkdtempSync(path.join(os.tmpdir(), "castlog-refresh-view-"));
const pgliteDir = path.join(dataDir, "pglite");
const fixturesDir = path.join(dataDir, "fixtures");

describe("the refresh job and a page view of one season in one server", () => {
  let tmdb: FakeTmdb;
  let server: NextServer;

  const fetches = () => tmdb.requestCounts().byPath[creditsPath] ?? 0;
  const untilFetched = async () => {
    while (fetches() < 1) await sleep(10);
  };

  const view = async () => {
    const response = await fetch(`${server.url}${seasonPage}`, {
      redirect: "manual",
    });
    return { status: response.status, html: await response.text() };
  };

  const refresh = async () => {
    const response = await fetch(`${server.url}/api/cron/refresh`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(200);
    return refreshSummarySchema.parse(await response.json());
  };

  beforeAll(async () => {
    writeSmallSeries(fixturesDir, series, [1]);
    tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir,
      tokens: [siteToken, trackerToken],
    });
    await seedTracking({
      pgliteDir,
      tmdbUrl: tmdb.url,
      token: trackerToken,
      encryptionKey,
      track: { seriesId: series.id, seasonNumber: 1, language: "en-US" },
    });
    server = await startNextServer({
      PGLITE_DIR: pgliteDir,
      TMDB_API_URL: tmdb.url,
      TMDB_TOKEN: siteToken,
      CREDITS_MAX_AGE_SECONDS: "0",
      CRON_SECRET: secret,
      TOKEN_ENCRYPTION_KEY: encryptionKey,
      NEXTAUTH_SECRET: "f".repeat(32),
    });
  });

  afterAll(async () => {
    await server?.stop();
    await tmdb?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("lets a view during the job's fetch read what the job stored", async () => {
    tmdb.resetCounts();
    tmdb.addFault({ path: creditsPath, delayMs: 1500, times: 1 });

    const job = refresh();
    await untilFetched();
    const [summary, page] = await Promise.all([job, view()]);

    expect(fetches()).toBe(1);
    expect(summary.seasons).toMatchObject({ refreshed: 1, changed: 1 });
    expect(page.status).toBe(200);
    expect(page.html).toContain(lead);
  });

  it("lets the job reaching a season a view is fetching read what it stored", async () => {
    tmdb.resetCounts();
    tmdb.addFault({ path: creditsPath, delayMs: 1500, times: 1 });

    const viewed = view();
    await untilFetched();
    const [summary, page] = await Promise.all([refresh(), viewed]);

    expect(fetches()).toBe(1);
    expect(summary.seasons).toMatchObject({ refreshed: 1, unchanged: 1 });
    expect(page.status).toBe(200);
    expect(page.html).toContain(lead);
  });
});
