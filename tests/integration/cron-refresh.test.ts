import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInWithToken } from "@/lib/auth/accounts";
import { setDbForTests } from "@/lib/db";
import type { OpenDatabase } from "@/lib/db/open";
import { refreshEventSchema } from "@/lib/refresh-job/events";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { createTestDatabase } from "../support/db";
import { writeGeneratedSeries } from "../support/generated-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

// The route reads the process configuration once, so this file sets it
// before importing the route and puts it back afterwards.
const secret = "cron secret for the tests 0123456789";
const encryptionKey = Buffer.alloc(32, 4).toString("base64");
const creditsPath = "/3/tv/900620/season/1/aggregate_credits";
const saved = { ...process.env };
const written: string[] = [];
let harness: TmdbHarness;
let open: OpenDatabase;

type Route = typeof import("@/app/api/cron/refresh/route");

/** The route, loaded afresh under the given configuration. */
async function loadRoute(env: Record<string, string>): Promise<Route> {
  Object.assign(process.env, env);
  vi.resetModules();
  return import("@/app/api/cron/refresh/route");
}

const post = (route: Route, headers: Record<string, string> = {}) =>
  route.POST(
    new Request("http://castlog.test/api/cron/refresh", {
      method: "POST",
      headers,
    }),
  );

beforeAll(async () => {
  harness = await startTmdbHarness();
  writeGeneratedSeries(harness.fixtures, 900620, [1]);
  Object.assign(process.env, {
    TMDB_API_URL: harness.fake.url,
    TMDB_TOKEN: "",
    NEXTAUTH_SECRET: "s".repeat(32),
    TOKEN_ENCRYPTION_KEY: encryptionKey,
    LOG_LEVEL: "debug",
  });
  open = await createTestDatabase("pglite");
  setDbForTests(open);

  const keys = { current: encryptionKey, previous: [] };
  const user = await signInWithToken(
    open.db,
    harness.tmdb,
    DEFAULT_TOKEN,
    keys,
  );
  if (!user.ok) throw new Error("sign-in failed");
  await open.db.trackedSeason.create({
    data: {
      userId: user.userId,
      seriesId: 900620,
      seasonNumber: 1,
      language: "en-US",
    },
  });

  harness.fake.resetCounts();

  // Kept, not shown: everything the route and the job log, to check it
  // for secrets.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
  }
});

afterAll(async () => {
  vi.restoreAllMocks();
  process.env = saved;
  await open?.close();
  await harness?.close();
});

describe("POST /api/cron/refresh", () => {
  let route: Route;
  beforeAll(async () => {
    route = await loadRoute({ CRON_SECRET: secret });
  });

  it("refuses a request without the secret", async () => {
    const response = await post(route);

    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(await response.json()).toMatchObject({ error: "unauthorized" });
    expect(harness.fake.requestCounts().total).toBe(0);
  });

  it("refuses a wrong secret, including one that starts right", async () => {
    for (const wrong of ["nope", secret.slice(0, -1), `${secret}x`]) {
      const response = await post(route, { authorization: `Bearer ${wrong}` });

      expect(response.status).toBe(401);
    }
    expect(harness.fake.requestCounts().total).toBe(0);
  });

  it("refreshes every tracked season and answers the summary", async () => {
    const response = await post(route, { authorization: `Bearer ${secret}` });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({
      seasons: { total: 1, refreshed: 1, changed: 1 },
      tmdbRequests: 2,
    });
    expect(harness.fake.requestCounts().byPath[creditsPath]).toBe(1);
  });

  it("streams progress as JSON lines when asked, ending with the summary", async () => {
    const response = await post(route, {
      authorization: `Bearer ${secret}`,
      accept: "application/x-ndjson",
    });

    const lines = (await response.text()).trim().split("\n");
    const events = lines.map((line) =>
      refreshEventSchema.parse(JSON.parse(line)),
    );
    expect(response.headers.get("content-type")).toMatch(/x-ndjson/);
    expect(
      events.map((e) => `${e.stage} ${"done" in e ? e.done : ""}`),
    ).toEqual(["series 0", "seasons 0", "seasons 1", "finished "]);
    expect(events.at(-1)).toMatchObject({
      stage: "finished",
      summary: { seasons: { total: 1, unchanged: 1 } },
    });
  });

  it("answers 409 while a run is going", async () => {
    harness.fake.addFault({ path: creditsPath, delayMs: 300, times: 1 });
    const first = await post(route, {
      authorization: `Bearer ${secret}`,
      accept: "application/x-ndjson",
    });

    const second = await post(route, { authorization: `Bearer ${secret}` });

    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: "already_running" });
    expect(await first.text()).toContain('"stage":"finished"');
  });

  it("logs neither the secret nor any token", () => {
    const logs = written.join("");

    expect(logs).toContain("tracked seasons refreshed");
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain(DEFAULT_TOKEN);
    expect(logs).not.toContain(DEFAULT_TOKEN.split(".")[2]);
  });
});

describe("POST /api/cron/refresh without CRON_SECRET", () => {
  it("says the endpoint is off, whatever is sent", async () => {
    const route = await loadRoute({ CRON_SECRET: "" });

    const response = await post(route, { authorization: `Bearer ${secret}` });

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: "cron_disabled",
      message: "Refreshing through this endpoint is off: set CRON_SECRET.",
    });
  });
});
