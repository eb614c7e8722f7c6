import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTmdb, type FakeTmdb } from "./server";
import {
  bundledFixturesDir,
  createTempFixtures,
  getTmdb,
  season2Path,
  type TempFixtures,
} from "./test-support";
import { DEFAULT_TOKEN, makeToken } from "./token";

const notFound = {
  success: false,
  status_code: 34,
  status_message: "The resource you requested could not be found.",
};

const invalidKey = {
  success: false,
  status_code: 7,
  status_message: "Invalid API key: You must be granted a valid key.",
};

describe("the fake TMDB server with the bundled fixtures", () => {
  let tmdb: FakeTmdb;
  beforeAll(async () => {
    tmdb = await startFakeTmdb({ port: 0, fixturesDir: bundledFixturesDir });
  });
  afterAll(() => tmdb.close());

  it("serves the real season 2 credits byte for byte", async () => {
    const file = path.join(bundledFixturesDir, `${season2Path}.json`);
    const expected = await readFile(file);

    const response = await getTmdb(tmdb.url, season2Path);
    const body = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/json;charset=utf-8",
    );
    expect(body.equals(expected)).toBe(true);
    const credits = JSON.parse(body.toString());
    expect([credits.id, credits.cast.length, credits.crew.length]).toEqual([
      287516, 11, 29,
    ]);
  });

  it("listens on 127.0.0.1 and reports the port it got", () => {
    expect(tmdb.port).toBeGreaterThan(0);
    expect(tmdb.url).toBe(`http://127.0.0.1:${tmdb.port}`);
  });

  it("refuses a request without a token with TMDB's 401", async () => {
    const response = await getTmdb(tmdb.url, season2Path, null);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(invalidKey);
  });

  it("refuses a request with an unknown token with TMDB's 401", async () => {
    const response = await getTmdb(tmdb.url, season2Path, "not-a-token");

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(invalidKey);
  });

  it("confirms an accepted token at /3/authentication", async () => {
    const response = await getTmdb(tmdb.url, "/3/authentication");

    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      '{"success":true,"status_code":1,"status_message":"Success."}',
    );
  });

  it("refuses a token at /3/authentication that it does not accept", async () => {
    const response = await getTmdb(tmdb.url, "/3/authentication", "nope");

    expect(response.status).toBe(401);
  });

  it("answers TMDB's 404 when there is no fixture", async () => {
    const response = await getTmdb(tmdb.url, "/3/tv/93405/season/9/credits");

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(notFound);
  });

  it("serves the hand-written Squid Game series details", async () => {
    const response = await getTmdb(tmdb.url, "/3/tv/93405");
    const series = await response.json();

    expect(series.name).toBe("Squid Game");
    expect(series.seasons.map((s: { id: number }) => s.id)).toContain(287516);
  });
});

describe("the fake TMDB server with fixtures that change", () => {
  let fixtures: TempFixtures;
  let tmdb: FakeTmdb;
  beforeAll(async () => {
    fixtures = await createTempFixtures();
    tmdb = await startFakeTmdb({ port: 0, fixturesDir: fixtures.dir });
  });
  afterAll(async () => {
    await tmdb.close();
    await fixtures.remove();
  });

  it("reads the fixture from disk again on every request", async () => {
    await fixtures.write("3/tv/1.json", '{"id":1,"name":"First"}');
    const first = await (await getTmdb(tmdb.url, "/3/tv/1")).text();

    await fixtures.write("3/tv/1.json", '{"id":1,"name":"Second"}');
    const second = await (await getTmdb(tmdb.url, "/3/tv/1")).text();

    expect(first).toBe('{"id":1,"name":"First"}');
    expect(second).toBe('{"id":1,"name":"Second"}');
  });

  it("sends the file's formatting and key order unchanged", async () => {
    const text = '{ "z": 1.0,\n  "a": [ ] }\n';
    await fixtures.write("3/tv/2.json", text);

    const response = await getTmdb(tmdb.url, "/3/tv/2");

    expect(await response.text()).toBe(text);
  });

  it("prefers the file for the exact language asked for", async () => {
    await fixtures.write("3/tv/3.json", '{"name":"default"}');
    await fixtures.write("3/tv/3.ko-KR.json", '{"name":"ko-KR"}');
    await fixtures.write("3/tv/3.ko.json", '{"name":"ko"}');

    const answers = await Promise.all(
      ["?language=ko-KR", "?language=ko", "?language=en-US", ""].map(
        async (query) => (await getTmdb(tmdb.url, `/3/tv/3${query}`)).text(),
      ),
    );

    expect(answers).toEqual([
      '{"name":"ko-KR"}',
      '{"name":"ko"}',
      '{"name":"default"}',
      '{"name":"default"}',
    ]);
  });

  it("answers 404 to paths that try to leave the fixtures folder", async () => {
    await fixtures.writeBeside("secret.json", '{"secret":true}');
    await fixtures.writeBeside("secret.ko.json", '{"secret":true}');
    await fixtures.write("3/tv/5.json", '{"id":5}');

    const statuses = await Promise.all(
      [
        "/3/..%2f..%2fsecret",
        "/3/%2e%2e/%2e%2e/secret",
        "/3/tv/..%5c..%5c..%5csecret",
      ].map(async (attempt) => (await getTmdb(tmdb.url, attempt)).status),
    );
    const viaLanguage = await getTmdb(tmdb.url, "/3/tv/5?language=/../../x");

    expect(statuses).toEqual([404, 404, 404]);
    expect(await viaLanguage.text()).toBe('{"id":5}');
  });

  it("answers 404 when neither the language file nor the default exists", async () => {
    await fixtures.write("3/tv/4.fr-FR.json", '{"name":"fr"}');

    const response = await getTmdb(tmdb.url, "/3/tv/4?language=de-DE");

    expect(response.status).toBe(404);
  });
});

describe("the accepted tokens", () => {
  it("are only the given ones when tokens are given", async () => {
    const other = makeToken("0123456789abcdef01234567");
    const tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir: bundledFixturesDir,
      tokens: [other, "plain-token"],
    });

    try {
      const statuses = await Promise.all(
        [other, "plain-token", DEFAULT_TOKEN].map(async (token) => {
          return (await getTmdb(tmdb.url, "/3/authentication", token)).status;
        }),
      );
      expect(statuses).toEqual([200, 200, 401]);
    } finally {
      await tmdb.close();
    }
  });
});

describe("the configured latency", () => {
  it("delays every /3/ response", async () => {
    const tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir: bundledFixturesDir,
      latencyMs: 150,
    });

    try {
      const started = performance.now();
      await (await getTmdb(tmdb.url, "/3/authentication")).text();
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await tmdb.close();
    }
  });
});
