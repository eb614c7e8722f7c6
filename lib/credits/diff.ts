import type { AggregateCredits } from "../tmdb/schemas";
import { keyLines, readEntries, type Entry } from "./diff-entries";
import {
  emptyDiff,
  type CreditsDiff,
  type DepartmentMove,
  type EntryChange,
  type EpisodeCountChange,
  type LineChange,
} from "./diff-types";

export type * from "./diff-types";
export { summarizeDiff, countChanges } from "./diff-summary";

const toEntryChange = (entry: Entry): EntryChange => ({
  person: entry.person,
  kind: entry.kind,
  department: entry.department,
  lines: entry.lines,
  totalEpisodeCount: entry.total,
});

/** Compares the roles or jobs of an entry present in both versions. */
function compareLines(older: Entry, newer: Entry, diff: CreditsDiff) {
  const before = keyLines(older.lines);
  const after = keyLines(newer.lines);
  const isCast = newer.kind === "cast";
  const where = {
    person: newer.person,
    kind: newer.kind,
    department: newer.department,
  };
  const added: LineChange[] = [];
  const removed: LineChange[] = [];
  const counts: EpisodeCountChange["lines"] = [];

  for (const [key, line] of after) {
    const old = before.get(key);
    if (!old) {
      added.push({ ...where, line });
      continue;
    }
    if (old.label !== line.label) {
      // A role keeps its credit_id when TMDB renames the character; a job
      // whose title changes is a different job.
      if (isCast) {
        diff.charactersRenamed.push({
          person: newer.person,
          creditId: line.creditId,
          from: old.label,
          to: line.label,
        });
      } else {
        removed.push({ ...where, line: old });
        added.push({ ...where, line });
        continue;
      }
    }
    if (old.episodeCount !== line.episodeCount) {
      counts.push({
        creditId: line.creditId,
        label: line.label,
        from: old.episodeCount,
        to: line.episodeCount,
      });
    }
  }
  for (const [key, line] of before) {
    if (!after.has(key)) removed.push({ ...where, line });
  }

  (isCast ? diff.charactersAdded : diff.jobsAdded).push(...added);
  (isCast ? diff.charactersRemoved : diff.jobsRemoved).push(...removed);
  const totalChanged = older.total !== newer.total;
  if (totalChanged || counts.length > 0) {
    diff.episodeCounts.push({
      ...where,
      total: totalChanged ? { from: older.total, to: newer.total } : null,
      lines: counts,
    });
  }
}

function compareEntries(older: Entry, newer: Entry, diff: CreditsDiff) {
  compareLines(older, newer, diff);

  if (older.order !== newer.order) {
    diff.castOrder.push({
      person: newer.person,
      from: older.order,
      to: newer.order,
    });
  }

  const fields = Object.keys(newer.details)
    .filter((field) => older.details[field] !== newer.details[field])
    .map((field) => ({
      field,
      from: older.details[field],
      to: newer.details[field],
    }));
  if (fields.length > 0) {
    diff.details.push({
      person: newer.person,
      kind: newer.kind,
      department: newer.department,
      fields,
    });
  }
}

/**
 * Pairs, person by person, the crew departments someone left with those
 * they joined in the same diff: each pair is one move, not a leave and a
 * join. Unpaired entries stay as they were.
 */
function pairDepartmentMoves(diff: CreditsDiff) {
  const moves: DepartmentMove[] = [];
  const left = [...diff.crewLeft];

  diff.crewJoined = diff.crewJoined.filter((joined) => {
    const i = left.findIndex((l) => l.person.id === joined.person.id);
    if (i < 0) return true;
    const [from] = left.splice(i, 1);
    moves.push({
      person: joined.person,
      from: from!.department,
      to: joined.department,
      linesBefore: from!.lines,
      linesAfter: joined.lines,
    });
    return false;
  });

  diff.crewLeft = left;
  diff.departmentMoves = moves;
}

/**
 * Every change between two versions of a season's credits. Pure; the
 * order of each list follows the newer version (the older for what left).
 * Popularity, which moves on nearly every fetch, is not compared.
 */
export function diffSnapshots(
  older: AggregateCredits,
  newer: AggregateCredits,
): CreditsDiff {
  const before = readEntries(older);
  const after = readEntries(newer);
  const diff = emptyDiff();

  for (const [key, entry] of after) {
    const old = before.get(key);
    if (old) compareEntries(old, entry, diff);
    else
      (entry.kind === "cast" ? diff.castJoined : diff.crewJoined).push(
        toEntryChange(entry),
      );
  }
  for (const [key, entry] of before) {
    if (after.has(key)) continue;
    (entry.kind === "cast" ? diff.castLeft : diff.crewLeft).push(
      toEntryChange(entry),
    );
  }

  pairDepartmentMoves(diff);
  return diff;
}
