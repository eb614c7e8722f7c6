import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  anyText,
  badFormat,
  badLanguage,
  badMoment,
  badPersonId,
  badSeasonNumber,
  badSeriesId,
  badSeriesSegment,
  badSort,
  momentBeforeHistory,
  withParam,
} from "../support/bad-input";
import { fakeTmdbControl } from "../support/fake-tmdb-control";
import {
  generatedSeason,
  writeGeneratedSeries,
} from "../support/generated-series";

// Thousands of generated bad inputs against the production site: none may
// cause a 5xx, pages answer 404 or name the parameter they ignored, the
// API answers 400 naming it (or 404), and none of it reaches TMDB.

const seriesId = 901750;
const season = `/tv/${seriesId}/season/1`;
const api = `/api/tv/${seriesId}/season/1`;
const personId = generatedSeason(seriesId, 1).cast[0]!.id;
const tmdb = () => fakeTmdbControl(inject("fakeTmdbUrl"));

type Answer = { status: number; body: string };

async function get(path: string): Promise<Answer> {
  const response = await fetch(`${inject("siteUrl")}${path}`);
  return { status: response.status, body: await response.text() };
}

// Inputs go in batches sent at once: the server answers them side by side,
// so the file gets through thousands of them in about a minute.
const batch = 8;

/**
 * Checks `check` on `inputs` generated values (in batches) and says which
 * TMDB paths the site requested meanwhile.
 */
async function assertForAll<T>(
  values: fc.Arbitrary<T>,
  inputs: number,
  check: (value: T) => Promise<void>,
): Promise<Record<string, number>> {
  await tmdb().resetCounts();
  const batches = fc.array(values, { minLength: batch, maxLength: batch });
  await fc.assert(
    fc.asyncProperty(batches, async (list) => {
      await Promise.all(list.map(check));
    }),
    { numRuns: Math.ceil(inputs / batch) },
  );
  return (await tmdb().requestCounts()).byPath;
}

function expectNotFound(answer: Answer, path: string) {
  expect(answer.status, path).toBe(404);
}

function expectBadRequest(answer: Answer, path: string, parameter: string) {
  expect(answer.status, path).toBe(400);
  const body = JSON.parse(answer.body) as {
    parameter: string;
    message: string;
  };
  expect(body.parameter, path).toBe(parameter);
  expect(body.message, path).toContain(parameter);
}

/** A page that kept going: 200 with a visible notice naming the parameter. */
function expectIgnored(answer: Answer, path: string, parameter: string) {
  expect(answer.status, path).toBe(200);
  expect(answer.body, path).toContain('class="notice"');
  expect(answer.body, path).toMatch(
    new RegExp(`<code>${parameter}</code>|The ${parameter} parameter`),
  );
}

beforeAll(async () => {
  writeGeneratedSeries(inject("fixturesDir"), seriesId, [1, 2]);
  expect((await get(season)).status).toBe(200);
});

describe("malformed path segments", () => {
  const seriesPages = [
    "",
    "/overlap",
    "/season/1",
    "/season/1/history",
    "/season/1/diff",
  ];

  it("answer 404 on every series page and never reach TMDB", async () => {
    const requested = await assertForAll(badSeriesSegment, 48, async (bad) => {
      const at = `/tv/${encodeURIComponent(bad)}`;
      for (const page of seriesPages) {
        expectNotFound(await get(at + page), at + page);
      }
    });
    expect(requested).toEqual({});
  });

  it("answer 404 on every season page for a malformed season number", async () => {
    const requested = await assertForAll(badSeasonNumber, 64, async (bad) => {
      const at = `/tv/${seriesId}/season/${encodeURIComponent(bad)}`;
      for (const page of ["", "/history", "/diff"]) {
        expectNotFound(await get(at + page), at + page);
      }
    });
    expect(requested).toEqual({});
  });

  it("answer 404 for a malformed or unknown person id", async () => {
    const unknownId = fc
      .integer({ min: 1, max: 2 ** 31 - 1 })
      .filter((id) => id !== personId)
      .map(String);
    const ids = fc.oneof(badPersonId, unknownId);
    const requested = await assertForAll(ids, 120, async (id) => {
      const path = `/person/${encodeURIComponent(id)}`;
      expectNotFound(await get(path), path);
    });
    expect(requested).toEqual({});
  });

  it("answer 400 naming series_id or season_number on the JSON API", async () => {
    const pairs = fc.tuple(badSeriesId, badSeasonNumber);
    const requested = await assertForAll(pairs, 240, async ([id, number]) => {
      const series = encodeURIComponent(id);
      const seasonNumber = encodeURIComponent(number);
      for (const end of ["aggregate_credits", "diff"]) {
        const badSeries = `/api/tv/${series}/season/1/${end}`;
        const badSeason = `/api/tv/${seriesId}/season/${seasonNumber}/${end}`;
        expectBadRequest(await get(badSeries), badSeries, "series_id");
        expectBadRequest(await get(badSeason), badSeason, "season_number");
      }
    });
    expect(requested).toEqual({});
  });
});

describe("malformed query parameters on the JSON API", () => {
  const credits = `${api}/aggregate_credits`;
  const cases = [
    { path: credits, name: "language", values: badLanguage },
    { path: credits, name: "as_of", values: badMoment },
    { path: credits, name: "format", values: badFormat },
    { path: `${api}/diff`, name: "language", values: badLanguage },
    { path: `${api}/diff`, name: "from", values: badMoment },
    { path: `${api}/diff`, name: "to", values: badMoment },
    { path: `${api}/diff`, name: "format", values: badFormat },
  ];

  it.each(cases)(
    "$path answers 400 naming $name",
    async ({ path, name, values }) => {
      const requested = await assertForAll(values, 320, async (value) => {
        const url = path + withParam(name, value);
        expectBadRequest(await get(url), url, name);
      });
      expect(requested).toEqual({});
    },
  );

  it("answers 400 naming from when from is after to, and 404 before the first version", async () => {
    const moments = fc.tuple(momentBeforeHistory, momentBeforeHistory);
    const requested = await assertForAll(moments, 160, async ([a, b]) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const reversed = `${api}/diff?from=${late}&to=${early}`;
      const before = `${credits}?as_of=${early}`;
      if (early !== late) {
        expectBadRequest(await get(reversed), reversed, "from");
      }
      expectNotFound(await get(before), before);
    });
    expect(requested).toEqual({});
  });
});

describe("malformed query parameters on pages", () => {
  const series = `/tv/${seriesId}`;
  const ignoredCases = [
    { path: season, name: "as_of", values: badMoment, inputs: 24 },
    { path: `${season}/diff`, name: "from", values: badMoment, inputs: 24 },
    { path: `${season}/diff`, name: "to", values: badMoment, inputs: 24 },
    { path: series, name: "language", values: badLanguage, inputs: 32 },
    { path: series, name: "sort", values: badSort, inputs: 32 },
    { path: series, name: "from_season", values: badSeasonNumber, inputs: 32 },
    {
      path: `${series}/overlap`,
      name: "with",
      values: badSeriesSegment,
      inputs: 40,
    },
    {
      path: `/person/${personId}`,
      name: "language",
      values: badLanguage,
      inputs: 48,
    },
  ];
  // Every view of the season page refetches that season, and nothing else.
  const seasonPaths = [
    `/3/tv/${seriesId}`,
    `/3/tv/${seriesId}/season/1/aggregate_credits`,
  ];

  it.each(ignoredCases)(
    "$path ignores a bad $name and says so",
    async ({ path, name, values, inputs }) => {
      const requested = await assertForAll(values, inputs, async (value) => {
        const url = path + withParam(name, value);
        expectIgnored(await get(url), url, name);
      });
      const others = Object.keys(requested).filter(
        (tmdbPath) => !seasonPaths.includes(tmdbPath),
      );
      expect(others).toEqual([]);
    },
  );

  it("answers 404 for a malformed language on season, history and diff pages", async () => {
    const requested = await assertForAll(badLanguage, 48, async (bad) => {
      const query = withParam("language", bad);
      for (const page of ["", "/history", "/diff"]) {
        const url = season + page + query;
        expectNotFound(await get(url), url);
      }
    });
    expect(requested).toEqual({});
  });

  it("never fails the dashboard's search, whatever q holds", async () => {
    const requested = await assertForAll(anyText, 80, async (q) => {
      const { status } = await get(`/dashboard${withParam("q", q)}`);
      expect(status).toBeLessThan(500);
    });
    expect(requested).toEqual({});
  });
});
