import { describe, expect, it } from "vitest";
import { minimalCredits } from "./fixtures";
import { sendJson, setUpTestClients } from "./test-server";

const season = { seriesId: 1, seasonNumber: 1, language: "en-US" };
const unavailable = { status_code: 46, status_message: "Maintenance" };
const slowDown = { status_code: 25, status_message: "Slow down" };
const clientFor = setUpTestClients({ baseBackoffMs: 5 });

describe("retries", () => {
  it("retries a 503 and returns the data that follows", async () => {
    const { client } = await clientFor((_, res, index) =>
      index < 2
        ? sendJson(res, 503, unavailable)
        : sendJson(res, 200, minimalCredits()),
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(result.ok).toBe(true);
    expect(client.stats().upstreamRequests).toBe(3);
  });

  it("retries after a timeout", async () => {
    const { client } = await clientFor(
      (_, res, index) => {
        if (index > 0) sendJson(res, 200, minimalCredits());
      },
      // Long enough that the answered retry never times out on a busy
      // machine; the first attempt is never answered at all.
      { timeoutMs: 500 },
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(result.ok).toBe(true);
    expect(client.stats().upstreamRequests).toBe(2);
  });

  it("waits as long as Retry-After asks before trying again", async () => {
    const { client, server } = await clientFor((_, res, index) =>
      index === 0
        ? sendJson(res, 429, slowDown, { "retry-after": "1" })
        : sendJson(res, 200, minimalCredits()),
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    const [first, second] = server.received;
    expect(result.ok).toBe(true);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it("gives up at once when Retry-After asks for too long", async () => {
    const { client } = await clientFor((_, res) =>
      sendJson(res, 429, slowDown, { "retry-after": "60" }),
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("rate_limited");
    expect(!result.ok && result.error.retryAfterSeconds).toBe(60);
    expect(client.stats().upstreamRequests).toBe(1);
  });

  it("gives up after maxRetries and reports the last failure", async () => {
    const { client } = await clientFor(
      (_, res) => sendJson(res, 503, unavailable),
      { maxRetries: 2 },
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("unavailable");
    expect(client.stats().upstreamRequests).toBe(3);
  });

  it("retries three times unless told otherwise", async () => {
    const { client } = await clientFor((_, res) =>
      sendJson(res, 429, slowDown),
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("rate_limited");
    expect(client.stats().upstreamRequests).toBe(4);
  });

  it.each([
    [404, { status_code: 34, status_message: "Not found" }],
    [401, { status_code: 7, status_message: "Invalid API key" }],
    [400, { status_code: 22, status_message: "Invalid page" }],
  ])("does not retry a %i", async (status, body) => {
    const { client } = await clientFor((_, res) => sendJson(res, status, body));

    await client.getSeasonAggregateCredits("t", season);

    expect(client.stats().upstreamRequests).toBe(1);
  });
});
