import { describe, expect, it } from "vitest";
import { sendJson, setUpTestClients, wait } from "../tmdb/test-server";
import { createTmdbHealth } from "./tmdb";

const season = { seriesId: 1, seasonNumber: 1, language: "en-US" };
const clientFor = setUpTestClients({});

function healthOf(client: Parameters<typeof createTmdbHealth>[0]["client"]) {
  return createTmdbHealth({ client, token: "t", recentMs: 30_000 });
}

describe("TMDB's health", () => {
  it("goes by a recent request without asking TMDB again", async () => {
    const { client, server } = await clientFor((_, res) =>
      sendJson(res, 404, { status_code: 34, status_message: "Not found" }),
    );
    await client.getSeasonAggregateCredits("t", season);
    const checkTmdb = healthOf(client);

    const health = await checkTmdb(1000);

    expect(health).toMatchObject({ ok: true, status: 404 });
    expect(server.received).toHaveLength(1);
  });

  it("asks TMDB once when nothing recent is known, however many check", async () => {
    const { client, server } = await clientFor(async (_, res) => {
      await wait(50);
      sendJson(res, 200, { success: true });
    });
    const checkTmdb = healthOf(client);

    const checks = await Promise.all([1, 2, 3].map(() => checkTmdb(1000)));
    await checkTmdb(1000);

    expect(checks).toMatchObject([{ ok: true }, { ok: true }, { ok: true }]);
    expect(server.received.map((r) => r.url)).toEqual(["/3/authentication"]);
  });

  it("asks again once the latest request is older than recentMs", async () => {
    const { client, server } = await clientFor((_, res) =>
      sendJson(res, 200, { success: true }),
    );
    let now = Date.now();
    const checkTmdb = createTmdbHealth({
      client,
      token: "t",
      recentMs: 30_000,
      now: () => now,
    });

    await checkTmdb(1000);
    now += 29_000;
    await checkTmdb(1000);
    now += 2_000;
    await checkTmdb(1000);

    expect(server.received).toHaveLength(2);
  });

  it("reports TMDB failing when it answers 5xx", async () => {
    const { client } = await clientFor((_, res) => sendJson(res, 503, "Down"));

    expect(await healthOf(client)(1000)).toMatchObject({
      ok: false,
      status: 503,
    });
  });

  it("answers within its wait when TMDB is slow, without a verdict", async () => {
    const { client } = await clientFor(() => undefined, { timeoutMs: 2000 });
    const started = performance.now();

    const health = await healthOf(client)(100);

    expect(performance.now() - started).toBeLessThan(1000);
    expect(health).toEqual({ ok: null, status: null, checkedAt: null });
  });
});
