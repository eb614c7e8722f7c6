import { describe, expect, it } from "vitest";
import { squidGameSeason2 } from "@/tests/support/fixtures";
import type { AggregateCredits } from "../tmdb/schemas";
import { toCreditsView } from "./view";

const seed = squidGameSeason2() as unknown as AggregateCredits;

describe("the credits view", () => {
  it("keeps the cast in TMDB's order with every role", () => {
    const view = toCreditsView(seed);

    expect(view.cast).toHaveLength(11);
    expect(view.cast[0]).toMatchObject({
      name: "Lee Jung-jae",
      roles: [{ character: "Seong Gi-hun / 'No. 456'", episodeCount: 7 }],
      totalEpisodeCount: 7,
    });
  });

  it("groups the crew by department in order of appearance", () => {
    const view = toCreditsView(seed);

    expect(view.crewCount).toBe(29);
    expect(view.departments.map((d) => d.name)).toEqual([
      "Art",
      "Camera",
      "Costume & Make-Up",
      "Crew",
      "Directing",
      "Editing",
      "Lighting",
      "Production",
      "Sound",
      "Visual Effects",
    ]);
    expect(view.departments[0]?.members).toHaveLength(4);
  });
});
