import { describe, expect, it } from "vitest";
import { minimalCredits, readSeasonFixture } from "./fixtures";
import { sendJson, setUpTestClients, wait } from "./test-server";

const season = { seriesId: 93405, seasonNumber: 2, language: "en-US" };
const clientFor = setUpTestClients({ maxRetries: 0 });

describe("getSeasonAggregateCredits", () => {
  it("returns the credits of the real Squid Game response", async () => {
    const text = readSeasonFixture();
    const { client } = await clientFor((_, res) => sendJson(res, 200, text));

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(result.ok && result.data.cast[0]?.name).toBe("Lee Jung-jae");
    expect(result.ok && result.data.crew.length).toBe(29);
  });

  it("sends the season path, language and bearer token", async () => {
    const body = minimalCredits();
    const { client, server } = await clientFor((_, res) =>
      sendJson(res, 200, body),
    );

    await client.getSeasonAggregateCredits("secret-token", season);

    const [request] = server.received;
    expect(request?.url).toBe(
      "/3/tv/93405/season/2/aggregate_credits?language=en-US",
    );
    expect(request?.headers.authorization).toBe("Bearer secret-token");
    expect(request?.headers.accept).toBe("application/json");
  });

  it("asks for season 0, the specials", async () => {
    const { client, server } = await clientFor((_, res) =>
      sendJson(res, 200, minimalCredits()),
    );

    const result = await client.getSeasonAggregateCredits("t", {
      ...season,
      seasonNumber: 0,
    });

    expect(result.ok).toBe(true);
    expect(server.received[0]?.url).toContain("/season/0/");
  });

  it("returns the JSON exactly as sent, key order included", async () => {
    const text = readSeasonFixture();
    const { client } = await clientFor((_, res) => sendJson(res, 200, text));

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(JSON.stringify(result.ok && result.data)).toBe(
      JSON.stringify(JSON.parse(text)),
    );
  });

  it("keeps unknown fields where TMDB put them", async () => {
    const { cast, crew } = minimalCredits();
    const person = { zodiac: "leo", ...cast[0]!, extra: [1] };
    const body = { note: "new", crew, id: 1, cast: [person] };
    const { client } = await clientFor((_, res) => sendJson(res, 200, body));

    const result = await client.getSeasonAggregateCredits("t", season);

    if (!result.ok) throw result.error;
    expect(Object.keys(result.data)).toEqual(["note", "crew", "id", "cast"]);
    expect(Object.keys(result.data.cast[0]!)).toEqual(Object.keys(person));
  });

  it("rejects a malformed response, naming the field", async () => {
    const body = JSON.parse(readSeasonFixture());
    body.cast[3].roles[0].episode_count = "7";
    const { client } = await clientFor((_, res) => sendJson(res, 200, body), {
      maxRetries: 3,
    });

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("invalid_response");
    expect(!result.ok && result.error.message).toContain(
      "cast[3].roles[0].episode_count: Invalid input: expected number, " +
        "received string",
    );
    expect(client.stats().upstreamRequests).toBe(1);
  });
});

describe("programming errors", () => {
  it("rejects an impossible series id without asking TMDB", async () => {
    const { client } = await clientFor((_, res) => sendJson(res, 200, {}));

    const call = client.getSeasonAggregateCredits("t", {
      ...season,
      seriesId: Number.NaN,
    });

    await expect(call).rejects.toThrow(RangeError);
    expect(client.stats().upstreamRequests).toBe(0);
  });
});

describe("failures", () => {
  const tmdbError = (code: number) => ({
    success: false,
    status_code: code,
    status_message: "TMDB says no",
  });

  it.each([
    ["not_found", 404, tmdbError(34)],
    ["not_found", 404, { status_code: 34, status_message: "Not found" }],
    ["unauthorized", 401, tmdbError(7)],
    ["unauthorized", 401, tmdbError(35)],
    ["rate_limited", 429, tmdbError(25)],
    ["unavailable", 503, "Service Unavailable"],
    ["unavailable", 500, ""],
  ])("reports %s when TMDB answers %i", async (kind, status, body) => {
    const { client } = await clientFor((_, res) => sendJson(res, status, body));

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe(kind);
    expect(!result.ok && result.error.status).toBe(status);
  });

  it("reports unavailable when TMDB does not answer in time", async () => {
    const { client } = await clientFor(
      async (_, res) => {
        await wait(300);
        sendJson(res, 200, minimalCredits());
      },
      { timeoutMs: 50 },
    );

    const started = performance.now();
    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("unavailable");
    expect(performance.now() - started).toBeLessThan(250);
  });

  it("reports unavailable when the body stalls past the timeout", async () => {
    const { client } = await clientFor(
      (_, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"id": 1, "cast": [');
      },
      { timeoutMs: 100 },
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("unavailable");
  });

  it("reports unavailable when TMDB cannot be reached", async () => {
    const { client, server } = await clientFor(() => {});
    await server.close();

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("unavailable");
  });

  it("reports invalid_response for a body that is not JSON", async () => {
    const { client } = await clientFor(
      (_, res) => sendJson(res, 200, "<html>oops</html>"),
      { maxRetries: 3 },
    );

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("invalid_response");
    expect(client.stats().upstreamRequests).toBe(1);
  });

  it("reports invalid_response for JSON that breaks off", async () => {
    const half = readSeasonFixture().slice(0, 5000);
    const { client } = await clientFor((_, res) => sendJson(res, 200, half));

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("invalid_response");
    expect(!result.ok && result.error.message).toContain("not valid JSON");
  });

  it("reports invalid_response when the body is cut off", async () => {
    const { client } = await clientFor((_, res) => {
      res.writeHead(200, { "content-length": "5000" });
      res.write('{"id": 1, "cast": [');
      setTimeout(() => res.destroy(), 20);
    });

    const result = await client.getSeasonAggregateCredits("t", season);

    expect(!result.ok && result.error.kind).toBe("invalid_response");
    expect(!result.ok && result.error.message).toContain("cut off");
  });
});

describe("getSeriesDetails", () => {
  it("returns the series with its seasons", async () => {
    const body = {
      id: 93405,
      name: "Squid Game",
      seasons: [{ id: 1, season_number: 1, name: "Season 1" }],
    };
    const { client, server } = await clientFor((_, res) =>
      sendJson(res, 200, body),
    );

    const result = await client.getSeriesDetails("t", {
      seriesId: 93405,
      language: "ko-KR",
    });

    expect(result).toEqual({ ok: true, data: body });
    expect(server.received[0]?.url).toBe("/3/tv/93405?language=ko-KR");
  });
});

describe("validateToken", () => {
  it("accepts a token TMDB accepts", async () => {
    const { client, server } = await clientFor((_, res) =>
      sendJson(res, 200, { success: true, status_code: 1 }),
    );

    const result = await client.validateToken("good");

    expect(result).toEqual({ ok: true, data: true });
    expect(server.received[0]?.url).toBe("/3/authentication");
  });

  it("reports unauthorized for a token TMDB refuses", async () => {
    const { client } = await clientFor((_, res) =>
      sendJson(res, 401, {
        success: false,
        status_code: 7,
        status_message: "",
      }),
    );

    const result = await client.validateToken("bad");

    expect(!result.ok && result.error.kind).toBe("unauthorized");
  });

  it("reports unauthorized when TMDB answers 200 without success", async () => {
    const { client } = await clientFor((_, res) =>
      sendJson(res, 200, { success: false }),
    );

    const result = await client.validateToken("bad");

    expect(!result.ok && result.error.kind).toBe("unauthorized");
  });
});
