import { describe, expect, it } from "vitest";
import { squidGameSeason2 } from "@/tests/support/fixtures";
import type { AggregateCredits } from "../tmdb/schemas";
import { creditFilterSchema, filterCreditsView } from "./filter";
import { toCreditsView } from "./view";

const view = toCreditsView(squidGameSeason2() as unknown as AggregateCredits);

const names = (filtered: ReturnType<typeof filterCreditsView>["view"]) => [
  ...filtered.cast.map((member) => member.name),
  ...filtered.departments.flatMap((d) => d.members.map((m) => m.name)),
];

describe("filtering a season's credits", () => {
  it("finds people by a part of their name, ignoring case", () => {
    const { view: filtered } = filterCreditsView(view, "JUNG-JAE");

    expect(names(filtered)).toEqual(["Lee Jung-jae"]);
  });

  it("finds cast members by character and keeps all their roles", () => {
    const { view: filtered } = filterCreditsView(view, "no. 456");

    expect(filtered.cast.map((member) => member.name)).toEqual([
      "Lee Jung-jae",
    ]);
    expect(filtered.cast[0]!.roles).toEqual(view.cast[0]!.roles);
  });

  it("finds crew by job and drops the departments left empty", () => {
    const { view: filtered } = filterCreditsView(view, "director");
    const jobs = filtered.departments.flatMap((d) =>
      d.members.flatMap((m) => m.jobs.map((j) => j.job.toLowerCase())),
    );

    expect(filtered.departments.length).toBeGreaterThan(0);
    expect(filtered.departments.length).toBeLessThan(view.departments.length);
    for (const department of filtered.departments) {
      expect(department.members.length).toBeGreaterThan(0);
    }
    expect(jobs.some((job) => job.includes("director"))).toBe(true);
    expect(filtered.crewCount).toBe(
      filtered.departments.reduce((n, d) => n + d.members.length, 0),
    );
  });

  it("counts the entries shown against all the season's entries", () => {
    const { counts } = filterCreditsView(view, "Lee Jung-jae");

    expect(counts).toEqual({ shown: 1, total: 11 + 29 });
  });

  it("shows nothing when nothing matches", () => {
    const { view: filtered, counts } = filterCreditsView(view, "zzzz");

    expect(names(filtered)).toEqual([]);
    expect(counts.shown).toBe(0);
  });
});

describe("the filter parameter", () => {
  it("trims the query and treats a blank one as no filter", () => {
    expect(creditFilterSchema.parse("  kim ")).toBe("kim");
    expect(creditFilterSchema.parse("   ")).toBeUndefined();
    expect(creditFilterSchema.parse(undefined)).toBeUndefined();
  });

  it("refuses a query too long to be a name", () => {
    expect(creditFilterSchema.safeParse("x".repeat(101)).success).toBe(false);
  });
});
