import { afterEach, describe, expect, it } from "vitest";
import { createTmdbClient, type TmdbClientOptions } from "./client";
import { minimalCredits } from "./fixtures";
import {
  sendJson,
  startTestServer,
  wait,
  type TestServer,
} from "./test-server";

const season = { seriesId: 1, seasonNumber: 1, language: "en-US" };
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

// A TMDB that takes `delayMs` to answer every request.
async function slowClient(
  delayMs: number,
  options: Partial<TmdbClientOptions> = {},
) {
  server = await startTestServer(async (_, res) => {
    await wait(delayMs);
    sendJson(res, 200, minimalCredits());
  });
  const client = createTmdbClient({
    baseUrl: server.url,
    maxRps: 1000,
    timeoutMs: 2000,
    ...options,
  });
  return { client, server };
}

const seasonOf = (seriesId: number) => ({ ...season, seriesId });

describe("shared calls", () => {
  it("sends identical concurrent calls upstream once", async () => {
    const { client, server } = await slowClient(50);

    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        client.getSeasonAggregateCredits("t", season),
      ),
    );

    expect(server.received).toHaveLength(1);
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it("keeps calls with different tokens apart", async () => {
    const { client, server } = await slowClient(50);

    await Promise.all([
      client.getSeasonAggregateCredits("alice", season),
      client.getSeasonAggregateCredits("bob", season),
    ]);

    const tokens = server.received.map((r) => r.headers.authorization);
    expect(tokens.sort()).toEqual(["Bearer alice", "Bearer bob"]);
  });

  it("keeps calls for different seasons apart", async () => {
    const { client, server } = await slowClient(50);

    await Promise.all([
      client.getSeasonAggregateCredits("t", season),
      client.getSeasonAggregateCredits("t", { ...season, seasonNumber: 2 }),
    ]);

    expect(server.received).toHaveLength(2);
  });

  it("fetches again once the shared call has settled", async () => {
    const { client, server } = await slowClient(0);

    await client.getSeasonAggregateCredits("t", season);
    await client.getSeasonAggregateCredits("t", season);

    expect(server.received).toHaveLength(2);
  });
});

describe("budget", () => {
  it("sends no more than maxRps requests in a second", async () => {
    const { client } = await slowClient(0, { maxRps: 5 });

    const started = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        client.getSeasonAggregateCredits("t", seasonOf(i + 1)),
      ),
    );
    const elapsed = performance.now() - started;

    expect(client.stats().upstreamRequests).toBe(10);
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(3000);
  });

  it("counts retries against the rate budget", async () => {
    server = await startTestServer((_, res, index) =>
      index === 0
        ? sendJson(res, 503, "")
        : sendJson(res, 200, minimalCredits()),
    );
    const client = createTmdbClient({
      baseUrl: server.url,
      maxRps: 1,
      timeoutMs: 1000,
      baseBackoffMs: 1,
    });

    const started = performance.now();
    const result = await client.getSeasonAggregateCredits("t", season);

    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
  });

  it("keeps at most maxConcurrent requests in flight", async () => {
    const { client, server } = await slowClient(50, { maxConcurrent: 2 });

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        client.getSeasonAggregateCredits("t", seasonOf(i + 1)),
      ),
    );

    expect(results.every((result) => result.ok)).toBe(true);
    expect(server.peakConcurrency()).toBe(2);
  });

  it("allows twenty requests in flight unless told otherwise", async () => {
    const { client, server } = await slowClient(100);

    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        client.getSeasonAggregateCredits("t", seasonOf(i + 1)),
      ),
    );

    expect(server.peakConcurrency()).toBe(20);
  });
});
