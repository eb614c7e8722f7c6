// How each field TMDB sends maps to a column. A field whose value does not
// fit its column (a new type, a fraction where an integer was) is kept
// with the unknown fields instead, so nothing is ever coerced or lost.

export type Json =
  string | number | boolean | null | Json[] | { [key: string]: Json };

export type JsonObject = { [key: string]: Json };

type Fits = (value: Json) => boolean;

const int32 = (value: Json) =>
  Number.isInteger(value) && Math.abs(value as number) < 2 ** 31;
const intOrNull = (value: Json) => value === null || int32(value);
const text = (value: Json) => typeof value === "string";
const textOrNull = (value: Json) => value === null || text(value);
const boolOrNull = (value: Json) =>
  value === null || typeof value === "boolean";

/** Field name → column name and the values the column can hold exactly. */
export type FieldMap = Record<string, { column: string; fits: Fits }>;

/** Fields of the person entry itself, shared by cast and crew. */
const entryFields: FieldMap = {
  adult: { column: "adult", fits: boolOrNull },
  gender: { column: "gender", fits: intOrNull },
  known_for_department: { column: "knownForDepartment", fits: textOrNull },
  name: { column: "name", fits: text },
  original_name: { column: "originalName", fits: textOrNull },
  profile_path: { column: "profilePath", fits: textOrNull },
  total_episode_count: { column: "totalEpisodeCount", fits: intOrNull },
};

export const castFields: FieldMap = {
  ...entryFields,
  order: { column: "order", fits: intOrNull },
};

export const crewFields: FieldMap = entryFields;

export const roleFields: FieldMap = {
  character: { column: "character", fits: textOrNull },
  credit_id: { column: "tmdbCreditId", fits: textOrNull },
  episode_count: { column: "episodeCount", fits: intOrNull },
};

export const jobFields: FieldMap = {
  credit_id: { column: "tmdbCreditId", fits: textOrNull },
  episode_count: { column: "episodeCount", fits: intOrNull },
  job: { column: "job", fits: textOrNull },
};

// Fields stored elsewhere than the generic columns: the person's id and
// department are the credit's identity, its roles or jobs are Job rows, and
// popularity lives on Person because it changes on nearly every fetch.
export const castKeys = [
  "adult",
  "gender",
  "id",
  "known_for_department",
  "name",
  "order",
  "original_name",
  "popularity",
  "profile_path",
  "roles",
  "total_episode_count",
];

export const crewKeys = [
  "adult",
  "department",
  "gender",
  "id",
  "jobs",
  "known_for_department",
  "name",
  "original_name",
  "popularity",
  "profile_path",
  "total_episode_count",
];

export const roleKeys = ["character", "credit_id", "episode_count"];
export const jobKeys = ["credit_id", "episode_count", "job"];
export const responseKeys = ["cast", "crew", "id"];

/** Null when `keys` is TMDB's usual order, else the order as JSON text. */
export function encodeLayout(keys: string[], usual: string[]): string | null {
  const same =
    keys.length === usual.length && keys.every((key, i) => key === usual[i]);
  return same ? null : JSON.stringify(keys);
}

export function decodeLayout(layout: string | null, usual: string[]) {
  return layout === null ? usual : (JSON.parse(layout) as string[]);
}
