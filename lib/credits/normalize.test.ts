import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JsonObject } from "./fields";
import { normalizeResponse, type NormalizedSnapshot } from "./normalize";
import { rebuildResponse } from "./rebuild";

const seedPath =
  "tests/fake-tmdb/fixtures/3/tv/93405/season/2/aggregate_credits.json";
const seed = JSON.parse(readFileSync(seedPath, "utf8")) as JsonObject;

function roundTrip(response: JsonObject): JsonObject {
  const rows: NormalizedSnapshot = normalizeResponse(response);
  const popularity = new Map(rows.people.map((p) => [p.id, p.popularity]));
  return rebuildResponse({ ...rows, popularity });
}

describe("normalizing and rebuilding a response", () => {
  it("rebuilds the seed response byte for byte", () => {
    expect(JSON.stringify(roundTrip(seed))).toBe(JSON.stringify(seed));
  });

  it("stores the usual key order as no layout at all", () => {
    const rows = normalizeResponse(seed);

    expect(rows.layout).toBeNull();
    expect(rows.credits.every((c) => c.layout === null)).toBe(true);
    expect(rows.credits.flatMap((c) => c.jobs).every((j) => !j.layout)).toBe(
      true,
    );
  });

  it("keeps unknown fields and their position", () => {
    const response = {
      cast: [
        {
          id: 1,
          brand_new: { nested: [1, 2] },
          name: "A",
          roles: [{ character: "X", episode_count: 1, sparkle: true }],
        },
      ],
      crew: [],
      id: 9,
      next_page: null,
    };

    const rebuilt = roundTrip(response);

    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(response));
  });

  it("keeps missing, null and empty values apart", () => {
    const response: JsonObject = {
      cast: [
        { id: 1, name: "A", profile_path: null, roles: [{ character: "" }] },
        { id: 2, name: "B", roles: [{ episode_count: 0 }] },
        { id: 3, name: "C", roles: [{ character: null }] },
      ],
      crew: [],
      id: 9,
    };

    expect(JSON.stringify(roundTrip(response))).toBe(JSON.stringify(response));
  });

  it("keeps a value that does not fit its column as an unknown field", () => {
    const response = {
      cast: [{ id: 1, name: "A", gender: "female", order: 1.5, roles: [] }],
      crew: [],
      id: 9,
    };

    const rows = normalizeResponse(response);

    expect(rows.credits[0]?.gender).toBeNull();
    expect(JSON.stringify(roundTrip(response))).toBe(JSON.stringify(response));
  });

  it("keeps one crew credit per person per department", () => {
    const rows = normalizeResponse(seed);
    const yoon = rows.credits.filter((c) => c.name === "Yoon Hwang-jik");

    expect(yoon.map((c) => c.department)).toEqual(["Art", "Costume & Make-Up"]);
  });
});
