import { describe, expect, it } from "vitest";
import { minimalCredits } from "./fixtures";
import { sendJson, setUpTestClients } from "./test-server";

const season = { seriesId: 1, seasonNumber: 1, language: "en-US" };
const refused = { status_code: 7, status_message: "Invalid API key" };
const clientFor = setUpTestClients({ baseBackoffMs: 5 });

describe("what the client knows of TMDB's reachability", () => {
  it("has seen nothing before the first request", async () => {
    const { client } = await clientFor((_, res) => sendJson(res, 200, {}));

    expect(client.stats().lastContact).toBeNull();
  });

  it("notes how the latest request ended", async () => {
    const { client } = await clientFor((_, res, index) =>
      index === 0
        ? sendJson(res, 200, minimalCredits())
        : sendJson(res, 502, "Bad gateway"),
    );

    await client.getSeasonAggregateCredits("t", season);
    expect(client.stats().lastContact).toMatchObject({
      reachable: true,
      status: 200,
    });

    await client.getSeasonAggregateCredits("t", { ...season, seasonNumber: 2 });
    expect(client.stats().lastContact).toMatchObject({
      reachable: false,
      status: 502,
    });
  });

  it("pings with one request, never retried", async () => {
    const { client, server } = await clientFor((_, res) =>
      sendJson(res, 503, "Maintenance"),
    );

    const contact = await client.ping("t");

    expect(contact).toMatchObject({ reachable: false, status: 503 });
    expect(server.received.map((r) => r.url)).toEqual(["/3/authentication"]);
  });

  it("counts a refused token as TMDB answering", async () => {
    const { client } = await clientFor((_, res) => sendJson(res, 401, refused));

    expect(await client.ping("wrong")).toMatchObject({
      reachable: true,
      status: 401,
    });
  });

  it("counts no answer as unreachable", async () => {
    const { client } = await clientFor(() => undefined, { timeoutMs: 100 });

    expect(await client.ping("t")).toMatchObject({
      reachable: false,
      status: null,
    });
  });
});
