import { describe, expect, it } from "vitest";
import { fallbackExampleSeason } from "./example-season";
import { buildApiExamples } from "./examples";

const site = "https://castlog.example";

describe("the API documentation's examples", () => {
  it("choose the stored versions by their times, in the season's language", () => {
    const examples = buildApiExamples(site, {
      series: { id: 7, name: "Seven", slug: "seven" },
      seasonNumber: 3,
      language: "fr-FR",
      versions: {
        first: new Date("2025-01-01T10:00:00Z"),
        latest: new Date("2025-02-01T10:00:00Z"),
      },
    });

    expect(examples.credits.map((e) => e.url)).toEqual([
      `${site}/api/tv/7/season/3/aggregate_credits?language=fr-FR`,
      `${site}/api/tv/7/season/3/aggregate_credits?language=fr-FR&as_of=2025-01-01T10%3A00%3A00.000Z`,
      `${site}/api/tv/7/season/3/aggregate_credits?language=fr-FR&format=csv`,
    ]);
    expect(examples.diff[1]!.url).toBe(
      `${site}/api/tv/7/season/3/diff?language=fr-FR&from=2025-01-01T10%3A00%3A00.000Z&to=2025-02-01T10%3A00%3A00.000Z`,
    );
    expect(examples.feeds.map((e) => e.url)).toEqual([
      `${site}/tv/7-seven/season/3/feed.xml?language=fr-FR`,
      `${site}/tv/7-seven/feed.xml?language=fr-FR`,
    ]);
  });

  it("leave out the moments when nothing is stored", () => {
    const examples = buildApiExamples(site, fallbackExampleSeason);

    expect(examples.credits.map((e) => e.answer)).toEqual(["JSON", "CSV"]);
    expect(examples.diff.map((e) => e.answer)).toEqual(["JSON", "CSV"]);
    expect(examples.credits[0]!.url).toBe(
      `${site}/api/tv/93405/season/2/aggregate_credits`,
    );
  });
});
