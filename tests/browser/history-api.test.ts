import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsv } from "../support/csv";
import { writeFixture } from "../support/fixtures";
import { scriptedVersions } from "../support/scripted-season";
import { asSeasonOf, testSeriesDetails } from "../support/test-series";

// Series 900101 is this file's own; its three versions are fetched
// through the JSON API, which refetches on every request here.
const seriesId = 900101;
const site = () => inject("siteUrl");
const api = (path: string) => `${site()}/api/tv/${seriesId}/season/1${path}`;
const pagePath = `/tv/${seriesId}-night-desk/season/1`;

describe("the history API, feeds and pages over HTTP", () => {
  beforeAll(async () => {
    const fixtures = inject("fixturesDir");
    writeFixture(
      fixtures,
      `tv/${seriesId}`,
      testSeriesDetails(seriesId, "Night Desk"),
    );
    for (const version of scriptedVersions()) {
      writeFixture(
        fixtures,
        `tv/${seriesId}/season/1/aggregate_credits`,
        asSeasonOf(version, seriesId * 10 + 1),
      );
      expect((await fetch(api("/aggregate_credits"))).status).toBe(200);
    }
  });

  it("answers the latest diff as JSON by default", async () => {
    const response = await fetch(api("/diff"));
    const body = (await response.json()) as { summary: string };

    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(body.summary).toMatch(/^1 left, 1 moved department/);
  });

  it("answers a diff as a CSV download with a header row", async () => {
    const response = await fetch(api("/diff?format=csv"));
    const [header, ...rows] = parseCsv(await response.text());

    expect(response.headers.get("content-type")).toBe(
      "text/csv; charset=utf-8",
    );
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="night-desk-s01-diff-\S+-\S+\.csv"$/,
    );
    expect(header).toHaveLength(11);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("answers 400 naming a malformed parameter, or from after to", async () => {
    const cases: [string, string][] = [
      ["/diff?from=yesterday", "from"],
      ["/diff?to=2026-02-30", "to"],
      ["/diff?format=xml", "format"],
      ["/diff?language=english", "language"],
      ["/diff?from=2026-12-04&to=2026-12-01", "from"],
      ["/aggregate_credits?format=pdf", "format"],
    ];

    for (const [path, parameter] of cases) {
      const response = await fetch(api(path));
      const body = (await response.json()) as { parameter: string };

      expect(response.status, path).toBe(400);
      expect(body.parameter, path).toBe(parameter);
    }
  });

  it("answers 404 for an unknown season or a time before the first version", async () => {
    const unknown = await fetch(`${site()}/api/tv/${seriesId}/season/9/diff`);
    const early = await fetch(api("/diff?to=2001-01-01"));

    expect(unknown.status).toBe(404);
    expect(early.status).toBe(404);
    expect(await early.json()).toMatchObject({ status_code: 34 });
  });

  it("answers a snapshot as CSV, one row per role or job", async () => {
    const response = await fetch(api("/aggregate_credits?format=csv"));
    const [header, ...rows] = parseCsv(await response.text());

    expect(response.headers.get("content-disposition")).toMatch(
      /filename="night-desk-s01-credits-\S+\.csv"/,
    );
    expect(header!.slice(0, 4)).toEqual([
      "kind",
      "department",
      "person_id",
      "name",
    ]);
    expect(rows).toHaveLength(11 + 29);
  });

  it("offers a snapshot as a JSON download when asked for explicitly", async () => {
    const response = await fetch(api("/aggregate_credits?format=json"));

    expect(response.headers.get("content-disposition")).toMatch(
      /filename="night-desk-s01-credits-\S+\.json"/,
    );
    expect(((await response.json()) as { cast: [] }).cast).toHaveLength(11);
  });

  it("redirects feeds to the canonical address and 404s unknown ones", async () => {
    const bare = await fetch(`${site()}/tv/${seriesId}/feed.xml`, {
      redirect: "manual",
    });
    const series = await fetch(`${site()}/tv/${seriesId}-night-desk/feed.xml`);
    const unknown = await fetch(
      `${site()}${pagePath.replace("/1", "/8")}/feed.xml`,
    );

    expect(bare.status).toBe(308);
    expect(bare.headers.get("location")).toBe(
      `/tv/${seriesId}-night-desk/feed.xml`,
    );
    expect(series.headers.get("content-type")).toBe(
      "application/atom+xml; charset=utf-8",
    );
    expect(unknown.status).toBe(404);
  });

  it("404s a history page for an unknown season or a malformed language", async () => {
    const unknown = await fetch(`${site()}/tv/${seriesId}/season/8/history`);
    const language = await fetch(
      `${site()}${pagePath}/history?language=english`,
    );

    expect(unknown.status).toBe(404);
    expect(language.status).toBe(404);
  });

  it("shows a notice when the diff page ignores a malformed from", async () => {
    const response = await fetch(`${site()}${pagePath}/diff?from=soon`);
    // React separates adjacent texts with comments; read the text alone.
    const text = (await response.text())
      .replace(/<!-- -->/g, "")
      .replace(/<[^>]+>/g, "");

    expect(response.status).toBe(200);
    expect(text).toContain("The from parameter is not a date");
  });
});
