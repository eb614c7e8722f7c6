import { describe, expect, it } from "vitest";
import { minimalCredits, readSeasonFixture } from "./fixtures";
import {
  aggregateCreditsSchema,
  authenticationSchema,
  seriesDetailsSchema,
  tmdbErrorBodySchema,
} from "./schemas";

const accepts = (body: unknown) =>
  aggregateCreditsSchema.safeParse(body).success;

function withRole(role: Record<string, unknown>) {
  const body = minimalCredits();
  body.cast[0]!.roles = [role as (typeof body.cast)[0]["roles"][0]];
  return body;
}

describe("aggregateCreditsSchema", () => {
  it("accepts the real Squid Game season 2 response", () => {
    expect(accepts(JSON.parse(readSeasonFixture()))).toBe(true);
  });

  it("keeps fields it does not know about", () => {
    const body = { ...minimalCredits(), added_later: { x: 1 } };

    const parsed = aggregateCreditsSchema.parse(body);

    expect(parsed.added_later).toEqual({ x: 1 });
  });

  it("refuses a person id or season id too large to store", () => {
    const person = minimalCredits();
    person.cast[0]!.id = 2 ** 31;
    const season = { ...minimalCredits(), id: 9_017_000_101 };

    expect(accepts(person)).toBe(false);
    expect(accepts(season)).toBe(false);
  });

  it("accepts a null profile path and a null department", () => {
    const body = minimalCredits();
    Object.assign(body.cast[0]!, {
      profile_path: null,
      known_for_department: null,
    });

    expect(accepts(body)).toBe(true);
  });

  it("accepts an empty, a missing and a null character", () => {
    expect(accepts(withRole({ credit_id: "a", character: "" }))).toBe(true);
    expect(accepts(withRole({ credit_id: "a", episode_count: 1 }))).toBe(true);
    expect(accepts(withRole({ credit_id: "a", character: null }))).toBe(true);
  });

  it("accepts a role seen in no episode", () => {
    expect(accepts(withRole({ character: "X", episode_count: 0 }))).toBe(true);
  });

  it("rejects a negative or fractional episode count", () => {
    expect(accepts(withRole({ episode_count: -1 }))).toBe(false);
    expect(accepts(withRole({ episode_count: 1.5 }))).toBe(false);
  });

  it("accepts repeated and missing billing orders", () => {
    const body = minimalCredits();
    const first = body.cast[0]!;
    body.cast.push({ ...first, id: 11 }, { ...first, id: 12 });
    delete (body.cast[2] as { order?: number }).order;

    expect(accepts(body)).toBe(true);
  });

  it("accepts a person in the cast and in several crew departments", () => {
    const body = minimalCredits();
    const crew = body.crew[0]!;
    body.crew.push(
      { ...crew, id: 10, department: "Writing" },
      { ...crew, id: 10, department: "Production" },
    );

    expect(accepts(body)).toBe(true);
  });

  it("accepts a total episode count above the season's episodes", () => {
    const body = minimalCredits();
    body.cast[0]!.total_episode_count = 500;

    expect(accepts(body)).toBe(true);
  });

  it("rejects a cast entry without roles", () => {
    const body = minimalCredits();
    delete (body.cast[0] as { roles?: unknown }).roles;

    expect(accepts(body)).toBe(false);
  });

  it("rejects a crew entry without a department", () => {
    const body = minimalCredits();
    delete (body.crew[0] as { department?: unknown }).department;

    expect(accepts(body)).toBe(false);
  });

  it("does not change what it accepts", () => {
    const body = JSON.parse(readSeasonFixture());

    const parsed = aggregateCreditsSchema.parse(body);

    expect(parsed).toEqual(body);
  });
});

describe("seriesDetailsSchema", () => {
  it("accepts a series with a specials season and unknown fields", () => {
    const body = {
      id: 93405,
      name: "Squid Game",
      first_air_date: null,
      genres: [{ id: 18, name: "Drama" }],
      seasons: [
        { id: 1, season_number: 0, name: "Specials", air_date: null },
        { id: 2, season_number: 1, name: "Season 1", episode_count: 9 },
      ],
    };

    expect(seriesDetailsSchema.safeParse(body).success).toBe(true);
  });

  it("rejects a season without a season number", () => {
    const body = { id: 1, name: "X", seasons: [{ id: 2, name: "S" }] };

    expect(seriesDetailsSchema.safeParse(body).success).toBe(false);
  });
});

describe("error and authentication bodies", () => {
  it("accepts a TMDB error body without success", () => {
    const body = { status_code: 34, status_message: "Not found." };

    expect(tmdbErrorBodySchema.safeParse(body).success).toBe(true);
  });

  it("requires success in an authentication answer", () => {
    expect(authenticationSchema.safeParse({ success: true }).success).toBe(
      true,
    );
    expect(authenticationSchema.safeParse({ status_code: 1 }).success).toBe(
      false,
    );
  });
});
