import {
  castFields,
  castKeys,
  crewFields,
  crewKeys,
  encodeLayout,
  jobFields,
  jobKeys,
  responseKeys,
  roleFields,
  roleKeys,
  type FieldMap,
  type Json,
  type JsonObject,
} from "./fields";

export type CreditKind = "cast" | "crew";

export type JobRow = {
  position: number;
  tmdbCreditId: string | null;
  character: string | null;
  job: string | null;
  episodeCount: number | null;
  layout: string | null;
  extra: string | null;
};

/** One person's entry in the cast or in one crew department. */
export type CreditRow = {
  kind: CreditKind;
  department: string;
  personId: number;
  position: number;
  adult: boolean | null;
  gender: number | null;
  knownForDepartment: string | null;
  name: string;
  originalName: string | null;
  profilePath: string | null;
  order: number | null;
  totalEpisodeCount: number | null;
  layout: string | null;
  extra: string | null;
  jobs: JobRow[];
};

export type PersonRow = {
  id: number;
  name: string;
  profilePath: string | null;
  popularity: number | null;
};

export type NormalizedSnapshot = {
  tmdbId: number;
  layout: string | null;
  extra: string | null;
  credits: CreditRow[];
  people: PersonRow[];
};

type Columns = Record<string, Json>;

/**
 * Copies the fields of `source` that fit their column into `row`, and
 * returns the rest as JSON text (null when there is none). `handled`
 * names fields the caller stores itself. Writes into a row of fixed
 * shape rather than building objects to merge: a season can hold
 * thousands of entries.
 */
function fillColumns(
  row: object,
  source: JsonObject,
  fields: FieldMap,
  handled: readonly string[],
): string | null {
  const columns = row as Columns;
  let extra: JsonObject | null = null;

  for (const key in source) {
    if (handled.includes(key)) continue;
    const value = source[key]!;
    const field = fields[key];
    if (field && field.fits(value)) columns[field.column] = value;
    else (extra ??= {})[key] = value;
  }
  return extra && JSON.stringify(extra);
}

function normalizeJobs(
  items: JsonObject[],
  fields: FieldMap,
  usualKeys: string[],
): JobRow[] {
  return items.map((item, position) => {
    const row: JobRow = {
      position,
      tmdbCreditId: null,
      character: null,
      job: null,
      episodeCount: null,
      layout: encodeLayout(Object.keys(item), usualKeys),
      extra: null,
    };
    row.extra = fillColumns(row, item, fields, []);
    return row;
  });
}

// The fields of an entry that are not generic columns: its identity and
// its roles or jobs, and popularity when it is a number (kept per person).
const castHandled = ["id", "department", "roles"];
const crewHandled = ["id", "department", "jobs"];
const withPopularity = (keys: string[]) => [...keys, "popularity"];
const handledKeys = {
  cast: { plain: castHandled, popular: withPopularity(castHandled) },
  crew: { plain: crewHandled, popular: withPopularity(crewHandled) },
};

function normalizeEntry(
  entry: JsonObject,
  kind: CreditKind,
  position: number,
): CreditRow {
  const isCast = kind === "cast";
  const popular = typeof entry.popularity === "number";
  const row: CreditRow = {
    kind,
    department: isCast ? "" : String(entry.department),
    personId: entry.id as number,
    position,
    adult: null,
    gender: null,
    knownForDepartment: null,
    name: "",
    originalName: null,
    profilePath: null,
    order: null,
    totalEpisodeCount: null,
    layout: encodeLayout(Object.keys(entry), isCast ? castKeys : crewKeys),
    extra: null,
    jobs: normalizeJobs(
      entry[isCast ? "roles" : "jobs"] as JsonObject[],
      isCast ? roleFields : jobFields,
      isCast ? roleKeys : jobKeys,
    ),
  };
  const handled = handledKeys[kind][popular ? "popular" : "plain"];
  row.extra = fillColumns(
    row,
    entry,
    isCast ? castFields : crewFields,
    handled,
  );
  return row;
}

/**
 * The latest name, picture and popularity of everyone in a validated
 * response, once each (the last entry naming a person wins). Pure.
 */
export function listPeople(response: JsonObject): PersonRow[] {
  const entries = [
    ...(response.cast as JsonObject[]),
    ...(response.crew as JsonObject[]),
  ];
  const people = new Map<number, PersonRow>();

  for (const entry of entries) {
    const id = entry.id as number;
    people.set(id, {
      id,
      name: typeof entry.name === "string" ? entry.name : "",
      profilePath:
        typeof entry.profile_path === "string" ? entry.profile_path : null,
      popularity:
        typeof entry.popularity === "number" ? entry.popularity : null,
    });
  }
  return [...people.values()];
}

/**
 * Turns a validated aggregate-credits response (the JSON exactly as TMDB
 * sent it, keys in their original order) into rows. Pure; the inverse of
 * rebuildResponse apart from popularity, which is kept per person.
 */
export function normalizeResponse(response: JsonObject): NormalizedSnapshot {
  const cast = response.cast as JsonObject[];
  const crew = response.crew as JsonObject[];
  const top = { extra: fillColumns({}, response, {}, responseKeys) };

  return {
    tmdbId: response.id as number,
    layout: encodeLayout(Object.keys(response), responseKeys),
    extra: top.extra,
    credits: [
      ...cast.map((entry, i) => normalizeEntry(entry, "cast", i)),
      ...crew.map((entry, i) => normalizeEntry(entry, "crew", i)),
    ],
    people: listPeople(response),
  };
}
