import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeTmdb, type FakeTmdb } from "./server";
import { bundledFixturesDir, getTmdb, season2Path } from "./test-support";

const season2File = path.join(bundledFixturesDir, `${season2Path}.json`);

describe("faults injected into the fake TMDB server", () => {
  let tmdb: FakeTmdb;
  let control: (method: string, body?: unknown) => Promise<Response>;
  beforeAll(async () => {
    tmdb = await startFakeTmdb({ port: 0, fixturesDir: bundledFixturesDir });
    control = (method, body) =>
      fetch(`${tmdb.url}/_control/faults`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
  });
  afterEach(() => tmdb.clearFaults());
  afterAll(() => tmdb.close());

  it("answers the fault's status with TMDB's error body for it", async () => {
    const expected = [
      [404, 34],
      [401, 7],
      [429, 25],
      [500, 11],
      [503, 11],
    ];

    for (const [status, code] of expected) {
      await control("POST", { path: season2Path, status, times: 1 });
      const response = await getTmdb(tmdb.url, season2Path);
      const body = await response.json();

      expect(response.status).toBe(status);
      expect(body).toMatchObject({ success: false, status_code: code });
    }
  });

  it("sends the rate limit message TMDB sends with a 429", async () => {
    tmdb.addFault({ path: season2Path, status: 429 });

    const response = await getTmdb(tmdb.url, season2Path);

    expect(await response.json()).toEqual({
      success: false,
      status_code: 25,
      status_message:
        "Your request count (#) is over the allowed limit of (40).",
    });
  });

  it("sets the Retry-After header the fault asks for", async () => {
    tmdb.addFault({ path: season2Path, status: 429, retryAfter: 3 });
    const seconds = await getTmdb(tmdb.url, season2Path);
    tmdb.clearFaults();

    const date = "Wed, 21 Oct 2026 07:28:00 GMT";
    tmdb.addFault({ path: season2Path, status: 503, retryAfter: date });
    const httpDate = await getTmdb(tmdb.url, season2Path);

    expect(seconds.headers.get("retry-after")).toBe("3");
    expect(httpDate.headers.get("retry-after")).toBe(date);
  });

  it("sends a body that is not JSON for a malformed fault", async () => {
    tmdb.addFault({ path: season2Path, body: "malformed" });

    const response = await getTmdb(tmdb.url, season2Path);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(() => JSON.parse(text)).toThrow();
  });

  it("sends the first half of the real fixture for a truncated fault", async () => {
    const full = await readFile(season2File);
    tmdb.addFault({ path: season2Path, body: "truncated" });

    const response = await getTmdb(tmdb.url, season2Path);
    const body = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(body.equals(full.subarray(0, Math.floor(full.length / 2)))).toBe(
      true,
    );
  });

  it("sends any other body as JSON with the fault's status", async () => {
    tmdb.addFault({
      path: season2Path,
      status: 200,
      body: { id: 1, cast: [] },
    });

    const response = await getTmdb(tmdb.url, season2Path);

    expect(await response.text()).toBe('{"id":1,"cast":[]}');
  });

  it("waits delayMs before answering", async () => {
    tmdb.addFault({ path: season2Path, delayMs: 200 });

    const started = performance.now();
    const response = await getTmdb(tmdb.url, season2Path);
    await response.arrayBuffer();

    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("sends the headers at once and spreads the body over slowBodyMs", async () => {
    const full = await readFile(season2File);
    tmdb.addFault({ path: season2Path, slowBodyMs: 300 });

    const started = performance.now();
    const response = await getTmdb(tmdb.url, season2Path);
    const headersAfter = performance.now() - started;
    const body = Buffer.from(await response.arrayBuffer());

    expect(headersAfter).toBeLessThan(250);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(body.equals(full)).toBe(true);
  });

  it("applies a fault with times to that many requests, then answers normally", async () => {
    await control("POST", { path: season2Path, status: 503, times: 2 });

    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await getTmdb(tmdb.url, season2Path)).status);
    }

    expect(statuses).toEqual([503, 503, 200]);
  });

  it("keeps a fault without times until the faults are cleared", async () => {
    tmdb.addFault({ path: season2Path, status: 500 });
    const before = [1, 2, 3].map(() => getTmdb(tmdb.url, season2Path));
    const statuses = (await Promise.all(before)).map((r) => r.status);

    const cleared = await (await control("DELETE")).json();
    const after = await getTmdb(tmdb.url, season2Path);

    expect(statuses).toEqual([500, 500, 500]);
    expect(cleared).toEqual({ cleared: 1 });
    expect(after.status).toBe(200);
  });

  it("uses the faults queued for a path in order", async () => {
    tmdb.addFault({ path: season2Path, status: 429, times: 1 });
    tmdb.addFault({ path: season2Path, status: 503, times: 1 });

    const first = await getTmdb(tmdb.url, season2Path);
    const second = await getTmdb(tmdb.url, season2Path);
    const third = await getTmdb(tmdb.url, season2Path);

    expect([first.status, second.status, third.status]).toEqual([
      429, 503, 200,
    ]);
  });

  it("matches the pathname only, whatever the query", async () => {
    tmdb.addFault({ path: season2Path, status: 404 });

    const response = await getTmdb(tmdb.url, `${season2Path}?language=en-US`);
    const other = await getTmdb(tmdb.url, "/3/tv/93405");

    expect(response.status).toBe(404);
    expect(other.status).toBe(200);
  });

  it("lists the faults still waiting with the uses they have left", async () => {
    tmdb.addFault({ path: season2Path, status: 503, times: 2 });
    await getTmdb(tmdb.url, season2Path);

    const listed = await (await control("GET")).json();

    expect(listed).toEqual({
      faults: [{ path: season2Path, status: 503, times: 1 }],
    });
  });

  it("refuses a fault body that does not validate, saying why", async () => {
    const bodies = [
      { status: 503 },
      { path: "tv/1", status: 503 },
      { path: `${season2Path}?language=ko`, status: 503 },
      { path: season2Path, status: "503" },
      { path: season2Path, times: 0 },
      { path: season2Path, delay: 100 },
    ];

    for (const body of bodies) {
      const response = await control("POST", body);
      const answer = await response.json();

      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(answer.error).toEqual(expect.any(String));
    }
    expect(tmdb.pendingFaults()).toEqual([]);
  });

  it("refuses a control body that is not JSON", async () => {
    const response = await fetch(`${tmdb.url}/_control/faults`, {
      method: "POST",
      body: "{not json",
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "body is not valid JSON" });
  });

  it("throws from addFault when the fault is invalid", () => {
    expect(() => tmdb.addFault({ path: "/elsewhere" })).toThrow(/\/3\//);
  });

  it("still refuses a bad token while a fault waits, without using it", async () => {
    tmdb.addFault({ path: season2Path, status: 503, times: 1 });

    const refused = await getTmdb(tmdb.url, season2Path, "wrong");
    const faulted = await getTmdb(tmdb.url, season2Path);

    expect(refused.status).toBe(401);
    expect(faulted.status).toBe(503);
  });
});
