import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const seasonFixture = fileURLToPath(
  new URL(
    "../../tests/fake-tmdb/fixtures/3/tv/93405/season/2/aggregate_credits.json",
    import.meta.url,
  ),
);

/** Squid Game season 2 aggregate credits, exactly as TMDB sent them. */
export function readSeasonFixture(): string {
  return readFileSync(seasonFixture, "utf8");
}

/** A small valid aggregate credits body, for tests to vary. */
export function minimalCredits() {
  return {
    id: 1,
    cast: [
      {
        id: 10,
        name: "Ann",
        order: 0,
        roles: [{ credit_id: "c1", character: "Lead", episode_count: 2 }],
        total_episode_count: 2,
      },
    ],
    crew: [
      {
        id: 20,
        name: "Bo",
        department: "Directing",
        jobs: [{ credit_id: "c2", job: "Director", episode_count: 2 }],
        total_episode_count: 2,
      },
    ],
  };
}
