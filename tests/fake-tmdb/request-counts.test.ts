import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTmdb, type FakeTmdb } from "./server";
import { bundledFixturesDir, getTmdb, season2Path } from "./test-support";

describe("request counts of the fake TMDB server", () => {
  let tmdb: FakeTmdb;
  beforeAll(async () => {
    tmdb = await startFakeTmdb({ port: 0, fixturesDir: bundledFixturesDir });
  });
  afterAll(() => tmdb.close());

  it("counts every /3/ request by pathname, refused and failed ones too", async () => {
    tmdb.addFault({ path: "/3/tv/93405", status: 500, times: 1 });
    await getTmdb(tmdb.url, `${season2Path}?language=ko-KR`);
    await getTmdb(tmdb.url, season2Path, null);
    await getTmdb(tmdb.url, "/3/tv/93405");
    await getTmdb(tmdb.url, "/3/tv/404404");
    await fetch(`${tmdb.url}/_control/faults`);

    const counts = await (await fetch(`${tmdb.url}/_control/requests`)).json();

    expect(counts).toEqual({
      total: 4,
      byPath: { [season2Path]: 2, "/3/tv/93405": 1, "/3/tv/404404": 1 },
    });
    expect(tmdb.requestCounts()).toEqual(counts);
  });

  it("starts counting from zero after a reset", async () => {
    await getTmdb(tmdb.url, season2Path);

    const reset = await fetch(`${tmdb.url}/_control/requests`, {
      method: "DELETE",
    });
    await getTmdb(tmdb.url, "/3/authentication");

    expect(await reset.json()).toEqual({ total: 0, byPath: {} });
    expect(tmdb.requestCounts()).toEqual({
      total: 1,
      byPath: { "/3/authentication": 1 },
    });
    tmdb.resetCounts();
    expect(tmdb.requestCounts()).toEqual({ total: 0, byPath: {} });
  });
});

describe("request timeline of the fake TMDB server", () => {
  let tmdb: FakeTmdb;
  beforeAll(async () => {
    tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir: bundledFixturesDir,
      latencyMs: 150,
    });
  });
  afterAll(() => tmdb.close());

  it("records when each request arrived and the most answered at once", async () => {
    await Promise.all([1, 2, 3].map(() => getTmdb(tmdb.url, season2Path)));
    await getTmdb(tmdb.url, "/3/tv/93405");

    const timeline = await (
      await fetch(`${tmdb.url}/_control/requests/timeline`)
    ).json();

    expect(timeline.peakInFlight).toBe(3);
    expect(timeline.startedAt).toHaveLength(4);
    // The fourth waited for the three to be answered (150 ms each).
    const [first, , third, fourth] = timeline.startedAt as number[];
    expect(third! - first!).toBeLessThan(100);
    expect(fourth! - third!).toBeGreaterThanOrEqual(140);
    expect(tmdb.requestTimeline()).toEqual(timeline);
  });

  it("counts a request as answered when its client gives up", async () => {
    tmdb.resetCounts();
    tmdb.addFault({ path: "/3/tv/93405", delayMs: 5000, times: 1 });
    const abandoned = new AbortController();
    const pending = fetch(`${tmdb.url}/3/tv/93405`, {
      signal: abandoned.signal,
    }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    abandoned.abort();
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 50));

    await Promise.all([1, 2].map(() => getTmdb(tmdb.url, season2Path)));

    expect(tmdb.requestTimeline().peakInFlight).toBe(2);
  });

  it("starts a new timeline after a reset", async () => {
    await fetch(`${tmdb.url}/_control/requests`, { method: "DELETE" });

    expect(tmdb.requestTimeline()).toEqual({ startedAt: [], peakInFlight: 0 });
  });
});
