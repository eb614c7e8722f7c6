import {
  castFields,
  castKeys,
  crewFields,
  crewKeys,
  decodeLayout,
  jobFields,
  jobKeys,
  responseKeys,
  roleFields,
  roleKeys,
  type FieldMap,
  type Json,
  type JsonObject,
} from "./fields";
import type { CreditRow, JobRow } from "./normalize";

export type StoredSnapshot = {
  tmdbId: number;
  layout: string | null;
  extra: string | null;
  credits: CreditRow[];
  /** Latest known popularity per person id. */
  popularity: Map<number, number | null>;
};

type Row = Record<string, unknown>;

/**
 * Builds one object in the stored key order. `special` supplies the fields
 * that do not live in generic columns.
 */
function assemble(
  row: Row & { layout: string | null; extra: string | null },
  fields: FieldMap,
  usualKeys: string[],
  special: Record<string, () => Json>,
): JsonObject {
  const extra = row.extra ? (JSON.parse(row.extra) as JsonObject) : {};
  const out: JsonObject = {};

  for (const key of decodeLayout(row.layout, usualKeys)) {
    if (key in extra) out[key] = extra[key] as Json;
    else if (key in special) out[key] = special[key]!();
    else out[key] = row[fields[key]!.column] as Json;
  }
  return out;
}

function assembleJob(job: JobRow, isCast: boolean): JsonObject {
  return isCast
    ? assemble(job, roleFields, roleKeys, {})
    : assemble(job, jobFields, jobKeys, {});
}

function assembleCredit(
  credit: CreditRow,
  popularity: Map<number, number | null>,
): JsonObject {
  const isCast = credit.kind === "cast";
  const jobs = () =>
    [...credit.jobs]
      .sort((a, b) => a.position - b.position)
      .map((job) => assembleJob(job, isCast));

  return assemble(
    credit,
    isCast ? castFields : crewFields,
    isCast ? castKeys : crewKeys,
    {
      id: () => credit.personId,
      department: () => credit.department,
      popularity: () => popularity.get(credit.personId) ?? null,
      roles: jobs,
      jobs,
    },
  );
}

/**
 * Rebuilds the response TMDB sent for a snapshot: same fields, same values,
 * same key order, with popularity at its latest known value. Pure.
 */
export function rebuildResponse(snapshot: StoredSnapshot): JsonObject {
  const byPosition = (a: CreditRow, b: CreditRow) => a.position - b.position;
  const list = (kind: CreditRow["kind"]) =>
    snapshot.credits
      .filter((credit) => credit.kind === kind)
      .sort(byPosition)
      .map((credit) => assembleCredit(credit, snapshot.popularity));

  return assemble(snapshot, {}, responseKeys, {
    cast: () => list("cast"),
    crew: () => list("crew"),
    id: () => snapshot.tmdbId,
  });
}
