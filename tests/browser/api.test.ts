import { beforeAll, describe, expect, inject, it } from "vitest";
import { squidGameSeason2 } from "../support/fixtures";
import { fakeTmdbControl } from "../support/fake-tmdb-control";

const api = (path: string) => `${inject("siteUrl")}/api/tv${path}`;
const season2 = "/93405/season/2/aggregate_credits";

type Entry = { popularity?: number };
type Credits = { cast: Entry[]; crew: Entry[] };

function withoutPopularity(credits: Credits) {
  const strip = ({ popularity: _p, ...rest }: Entry) => rest;
  return {
    ...credits,
    cast: credits.cast.map(strip),
    crew: credits.crew.map(strip),
  };
}

describe("the aggregate credits JSON API", () => {
  beforeAll(async () => {
    expect((await fetch(api(season2))).status).toBe(200);
  });

  it("answers the seed response in TMDB's shape, popularity aside", async () => {
    const response = await fetch(api(season2));
    const body = (await response.json()) as Credits;

    expect(response.headers.get("content-type")).toContain("application/json");
    expect(withoutPopularity(body)).toEqual(
      withoutPopularity(squidGameSeason2() as unknown as Credits),
    );
  });

  it("sends validators and answers 304 when they match", async () => {
    const first = await fetch(api(season2));
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;

    const byTag = await fetch(api(season2), {
      headers: { "if-none-match": etag },
    });
    const byDate = await fetch(api(season2), {
      headers: { "if-modified-since": lastModified },
    });

    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(byTag.status).toBe(304);
    expect(byDate.status).toBe(304);
  });

  it("answers the snapshot in force at as_of, and 404 before the first", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000)
      .toISOString()
      .slice(0, 10);

    const later = await fetch(api(`${season2}?as_of=${tomorrow}`));
    const before = await fetch(api(`${season2}?as_of=2001-01-01T00:00:00Z`));

    expect(later.status).toBe(200);
    expect(before.status).toBe(404);
    expect(await before.json()).toMatchObject({ status_code: 34 });
  });

  it("answers 400 naming the malformed parameter", async () => {
    const cases: [string, string][] = [
      ["/abc/season/2/aggregate_credits", "series_id"],
      ["/93405/season/x/aggregate_credits", "season_number"],
      [`${season2}?language=english`, "language"],
      [`${season2}?as_of=2026-02-30T99:00:00`, "as_of"],
    ];

    for (const [path, parameter] of cases) {
      const response = await fetch(api(path));
      const body = (await response.json()) as {
        parameter: string;
        message: string;
      };

      expect(response.status, path).toBe(400);
      expect(body.parameter).toBe(parameter);
      expect(body.message).toContain(parameter);
    }
  });

  it("answers 404 in TMDB's error shape for an unknown season", async () => {
    const response = await fetch(api("/93405/season/42/aggregate_credits"));

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      success: false,
      status_code: 34,
      status_message: "The resource you requested could not be found.",
    });
  });

  it("answers 503 with Retry-After when TMDB is down and nothing is stored", async () => {
    const tmdb = fakeTmdbControl(inject("fakeTmdbUrl"));
    await tmdb.addFault({
      path: "/3/tv/93405/season/5/aggregate_credits",
      status: 429,
      retryAfter: 30,
    });

    const response = await fetch(api("/93405/season/5/aggregate_credits"));
    await tmdb.clearFaults();

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
  });
});
