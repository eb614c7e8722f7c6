import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTmdbClient } from "./client";
import { minimalCredits } from "./fixtures";
import { sendJson, startTestServer, type TestServer } from "./test-server";

// The logger reads LOG_LEVEL once per module graph, which vitest builds
// afresh for each test file, so this file alone sees debug lines.
vi.stubEnv("LOG_LEVEL", "debug");

const token = "eyJhbGciOiJIUzI1NiJ9.very-secret";
let server: TestServer;
let lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = await startTestServer((_, res, index) =>
    index === 0 ? sendJson(res, 503, "") : sendJson(res, 200, minimalCredits()),
  );

  const output: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, "write").mockImplementation(capture);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(capture);
  const client = createTmdbClient({
    baseUrl: server.url,
    maxRps: 100,
    timeoutMs: 1000,
    baseBackoffMs: 1,
  });
  const season = { seriesId: 7, seasonNumber: 1, language: "en-US" };
  await client.getSeasonAggregateCredits(token, season);
  out.mockRestore();
  err.mockRestore();

  lines = output
    .join("")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

describe("logs", () => {
  it("writes one debug line per upstream attempt", () => {
    const attempts = lines.filter((line) => line.level === "debug");

    expect(attempts).toMatchObject([
      { path: "/3/tv/7/season/1/aggregate_credits", status: 503, attempt: 1 },
      { path: "/3/tv/7/season/1/aggregate_credits", status: 200, attempt: 2 },
    ]);
    expect(typeof attempts[0]?.ms).toBe("number");
  });

  it("warns before a retry", () => {
    const warnings = lines.filter((line) => line.level === "warn");

    expect(warnings).toMatchObject([{ status: 503, attempt: 1 }]);
  });

  it("never writes the token", () => {
    const text = JSON.stringify(lines);

    expect(lines.length).toBeGreaterThan(0);
    expect(text).not.toContain("very-secret");
    expect(text.toLowerCase()).not.toContain("bearer");
  });
});
