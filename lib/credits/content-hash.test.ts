import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hashResponse, hashResponseContent } from "./content-hash";
import type { JsonObject } from "./fields";

const seedPath =
  "tests/fake-tmdb/fixtures/3/tv/93405/season/2/aggregate_credits.json";
const seed = () => JSON.parse(readFileSync(seedPath, "utf8")) as JsonObject;

type Entry = JsonObject & { roles: JsonObject[] };
const castOf = (response: JsonObject) => response.cast as Entry[];

describe("the digest of a response's content", () => {
  it("is the same for the same response", () => {
    expect(hashResponseContent(seed())).toBe(hashResponseContent(seed()));
  });

  it("leaves out a numeric popularity, which is kept per person", () => {
    const changed = seed();
    castOf(changed)[0]!.popularity = 99.5;

    expect(hashResponseContent(changed)).toBe(hashResponseContent(seed()));
  });

  it("keeps a popularity that is not a number, which is versioned", () => {
    const changed = seed();
    castOf(changed)[0]!.popularity = "high";

    expect(hashResponseContent(changed)).not.toBe(hashResponseContent(seed()));
  });

  it("changes with an episode count, a field TMDB added, or the order", () => {
    const counted = seed();
    castOf(counted)[3]!.roles[0]!.episode_count = 1;
    const added = seed();
    castOf(added)[3]!.sparkle = true;
    const reordered = seed();
    castOf(reordered).reverse();
    const { id, ...rest } = castOf(seed())[0]!;
    const keyOrder = seed();
    castOf(keyOrder)[0] = { ...rest, id } as Entry;

    const digests = [seed(), counted, added, reordered, keyOrder].map(
      hashResponseContent,
    );
    expect(new Set(digests).size).toBe(5);
  });

  it("does not change the response it reads", () => {
    const response = seed();

    hashResponseContent(response);

    expect(response).toEqual(seed());
  });
});

describe("the digest of a whole response", () => {
  it("changes with popularity too, which the content digest leaves out", () => {
    const changed = seed();
    castOf(changed)[0]!.popularity = 99.5;

    expect(hashResponse(seed())).toBe(hashResponse(seed()));
    expect(hashResponse(changed)).not.toBe(hashResponse(seed()));
  });
});
