import { createHash } from "node:crypto";
import type { JsonObject } from "./fields";

const digest = (text: string) =>
  createHash("sha256").update(text).digest("base64url");

/**
 * A digest of a validated response exactly as fetched, popularity and all:
 * two responses with equal digests store the same version and the same
 * latest values of every person in it. Pure.
 */
export function hashResponse(response: JsonObject): string {
  return digest(JSON.stringify(response));
}

/** An entry without the popularity castlog keeps per person instead. */
function withoutPopularity(entry: JsonObject): JsonObject {
  if (typeof entry.popularity !== "number") return entry;
  const { popularity: _popularity, ...rest } = entry;
  return rest;
}

/**
 * A digest of what a snapshot stores of a validated response: the whole
 * response, keys in their order, except the numeric popularity of each
 * entry (kept per person, not per version, as normalizeResponse does).
 * Since a snapshot rebuilds to exactly that, two responses with equal
 * digests are one version. Hashes the JSON text rather than the
 * normalised rows because it is several times quicker. Pure.
 */
export function hashResponseContent(response: JsonObject): string {
  return digest(
    JSON.stringify({
      ...response,
      cast: (response.cast as JsonObject[]).map(withoutPopularity),
      crew: (response.crew as JsonObject[]).map(withoutPopularity),
    }),
  );
}
