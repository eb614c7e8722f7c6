import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { JsonObject } from "@/lib/credits/fields";

export const fixturesDir = path.resolve("tests/fake-tmdb/fixtures");

/** A fixture of the fake TMDB server, parsed; a fresh copy each call. */
export function readFixture(relative: string): JsonObject {
  const file = path.join(fixturesDir, `${relative}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as JsonObject;
}

export const squidGameSeason2 = () =>
  readFixture("3/tv/93405/season/2/aggregate_credits");

/**
 * Writes the answer to `GET /3/<relative>` (for example
 * "tv/93405/season/2/aggregate_credits") into a fixtures folder; the fake
 * server reads it on the next request.
 */
export function writeFixture(dir: string, relative: string, body: unknown) {
  const file = path.join(dir, "3", `${relative}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(body));
}
