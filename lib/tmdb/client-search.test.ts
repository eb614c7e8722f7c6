import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { createTmdbClient } from "./client";
import { sendJson, startTestServer, type TestServer } from "./test-server";

const searchFixture = new URL(
  "../../tests/fake-tmdb/fixtures/3/search/tv.json",
  import.meta.url,
);
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientAnswering(body: unknown) {
  server = await startTestServer((_, res) => sendJson(res, 200, body));
  const client = createTmdbClient({
    baseUrl: server.url,
    maxRps: 1000,
    timeoutMs: 1000,
    maxRetries: 0,
  });
  return { client, server };
}

describe("searchSeries", () => {
  it("sends the query, encoded, with the language and token", async () => {
    const { client, server } = await clientAnswering({ results: [] });

    await client.searchSeries("secret-token", {
      query: "squid & game",
      language: "en-US",
    });

    const url = new URL(server.received[0]!.url, "http://x");
    expect(url.pathname).toBe("/3/search/tv");
    expect(url.searchParams.get("query")).toBe("squid & game");
    expect(url.searchParams.get("language")).toBe("en-US");
    expect(server.received[0]?.headers.authorization).toBe(
      "Bearer secret-token",
    );
  });

  it("reads the fixture's results, missing dates and posters included", async () => {
    const body = JSON.parse(readFileSync(searchFixture, "utf8"));
    const { client } = await clientAnswering(body);

    const result = await client.searchSeries("t", {
      query: "squid",
      language: "en-US",
    });

    if (!result.ok) throw result.error;
    expect(result.data.results.map((r) => [r.id, r.first_air_date])).toEqual([
      [93405, "2021-09-17"],
      [900599, null],
    ]);
  });

  it("refuses results without a name", async () => {
    const { client } = await clientAnswering({ results: [{ id: 1 }] });

    const result = await client.searchSeries("t", {
      query: "x",
      language: "en-US",
    });

    expect(!result.ok && result.error.kind).toBe("invalid_response");
  });

  it("never asks TMDB an empty question", async () => {
    const { client } = await clientAnswering({ results: [] });

    await expect(
      client.searchSeries("t", { query: "  ", language: "en-US" }),
    ).rejects.toThrow(RangeError);
    expect(client.stats().upstreamRequests).toBe(0);
  });
});
