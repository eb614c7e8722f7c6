import { describe, expect, it } from "vitest";
import type { CreditsView } from "../credits/view";
import { buildSeasonJsonLd, serializeJsonLd } from "./json-ld";

const member = (id: number, name: string, jobs: string[]) => ({
  id,
  name,
  profilePath: null,
  jobs: jobs.map((job) => ({ job, episodeCount: 1 })),
  totalEpisodeCount: 1,
});

const view: CreditsView = {
  cast: [
    {
      id: 1,
      name: "Ada Park",
      profilePath: null,
      roles: [
        { character: "Mina", episodeCount: 8 },
        { character: "Young Mina", episodeCount: 1 },
      ],
      totalEpisodeCount: 9,
    },
    {
      id: 2,
      name: "Bo Kim",
      profilePath: null,
      roles: [{ character: "", episodeCount: 2 }],
      totalEpisodeCount: 2,
    },
  ],
  departments: [
    {
      name: "Directing",
      members: [member(3, "Cho Lee", ["Director", "First Assistant Director"])],
    },
    {
      name: "Camera",
      members: [member(4, "Dan Oh", ["Director of Photography"])],
    },
    {
      name: "Sound",
      members: [member(5, "Eun Ha", ["Original Music Composer"])],
    },
    {
      name: "Production",
      members: [
        member(6, "Fay Yu", ["Executive Producer"]),
        member(7, "Gil Jo", ["Casting"]),
      ],
    },
  ],
  crewCount: 5,
};

const season = () =>
  buildSeasonJsonLd({
    siteUrl: "https://castlog.example",
    series: { id: 10, slug: "tide", name: "Tide" },
    seasonNumber: 1,
    seasonName: "Season 1",
    language: "en-US",
    view,
    modifiedAt: new Date("2025-01-02T03:04:05Z"),
  });

describe("structured data of a season", () => {
  it("lists the cast as performance roles with their characters", () => {
    expect(season().actor).toEqual([
      {
        "@type": "PerformanceRole",
        actor: {
          "@type": "Person",
          name: "Ada Park",
          url: "https://castlog.example/person/1",
          sameAs: "https://www.themoviedb.org/person/1",
        },
        characterName: ["Mina", "Young Mina"],
      },
      {
        "@type": "PerformanceRole",
        actor: expect.objectContaining({ name: "Bo Kim" }),
      },
    ]);
  });

  it("maps directors, composers and producers, and no other jobs", () => {
    const data = season();
    const names = (people: unknown) =>
      (people as { name: string }[]).map((p) => p.name);

    expect(names(data.director)).toEqual(["Cho Lee"]);
    expect(names(data.producer)).toEqual(["Fay Yu"]);
    expect(data.partOfSeries).toMatchObject({
      "@type": "TVSeries",
      name: "Tide",
      url: "https://castlog.example/tv/10-tide",
    });
    expect(names((data.partOfSeries as { musicBy: unknown }).musicBy)).toEqual([
      "Eun Ha",
    ]);
  });

  it("serializes so that no name can end the script element", () => {
    const text = serializeJsonLd({ name: "</script><b>x</b>" });

    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ name: "</script><b>x</b>" });
  });
});
