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

const blankCredit = {
  adult: null,
  gender: null,
  knownForDepartment: null,
  name: "",
  originalName: null,
  profilePath: null,
  order: null,
  totalEpisodeCount: null,
};

const blankJob = {
  tmdbCreditId: null,
  character: null,
  job: null,
  episodeCount: null,
};

/**
 * Splits an object into the columns its known fields map to and the rest.
 * `handled` names fields the caller stores itself.
 */
function splitFields(
  source: JsonObject,
  fields: FieldMap,
  handled: string[],
): { columns: Columns; extra: string | null } {
  const columns: Columns = {};
  const extra: JsonObject = {};

  for (const [key, value] of Object.entries(source)) {
    if (handled.includes(key)) continue;
    const field = fields[key];
    if (field && field.fits(value)) columns[field.column] = value;
    else extra[key] = value;
  }

  const hasExtra = Object.keys(extra).length > 0;
  return { columns, extra: hasExtra ? JSON.stringify(extra) : null };
}

function normalizeJobs(
  items: JsonObject[],
  fields: FieldMap,
  usualKeys: string[],
): JobRow[] {
  return items.map((item, position) => {
    const { columns, extra } = splitFields(item, fields, []);
    return {
      ...blankJob,
      ...columns,
      position,
      layout: encodeLayout(Object.keys(item), usualKeys),
      extra,
    } as JobRow;
  });
}

function normalizeEntry(
  entry: JsonObject,
  kind: CreditKind,
  position: number,
): CreditRow {
  const isCast = kind === "cast";
  const listKey = isCast ? "roles" : "jobs";
  const handled = ["id", "department", listKey];
  if (typeof entry.popularity === "number") handled.push("popularity");
  const { columns, extra } = splitFields(
    entry,
    isCast ? castFields : crewFields,
    handled,
  );

  return {
    ...blankCredit,
    ...columns,
    kind,
    department: isCast ? "" : String(entry.department),
    personId: entry.id as number,
    position,
    layout: encodeLayout(Object.keys(entry), isCast ? castKeys : crewKeys),
    extra,
    jobs: normalizeJobs(
      entry[listKey] as JsonObject[],
      isCast ? roleFields : jobFields,
      isCast ? roleKeys : jobKeys,
    ),
  } as CreditRow;
}

/**
 * Turns a validated aggregate-credits response (the JSON exactly as TMDB
 * sent it, keys in their original order) into rows. Pure; the inverse of
 * rebuildResponse apart from popularity, which is kept per person.
 */
export function normalizeResponse(response: JsonObject): NormalizedSnapshot {
  const cast = response.cast as JsonObject[];
  const crew = response.crew as JsonObject[];
  const top = splitFields(response, {}, responseKeys);
  const people = new Map<number, PersonRow>();

  for (const entry of [...cast, ...crew]) {
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

  return {
    tmdbId: response.id as number,
    layout: encodeLayout(Object.keys(response), responseKeys),
    extra: top.extra,
    credits: [
      ...cast.map((entry, i) => normalizeEntry(entry, "cast", i)),
      ...crew.map((entry, i) => normalizeEntry(entry, "crew", i)),
    ],
    people: [...people.values()],
  };
}
