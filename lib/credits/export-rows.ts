import type { CsvValue } from "../csv";
import type {
  CreditLine,
  CreditsDiff,
  EntryChange,
  LineChange,
  PersonRef,
} from "./diff-types";

// The rows of a diff's CSV export. Columns: change, kind, department,
// person_id, name, credit_id, character, job, field, before, after. A row
// is one role or job; `field` names what its before and after hold.

type Where = { person: PersonRef; kind: "cast" | "crew"; department: string };

function row(
  change: string,
  where: Where,
  line: Partial<CreditLine> | null,
  field: string,
  before: CsvValue,
  after: CsvValue,
): CsvValue[] {
  const isCast = where.kind === "cast";
  return [
    change,
    where.kind,
    where.department,
    where.person.id,
    where.person.name,
    line?.creditId ?? null,
    isCast ? line?.label : null,
    isCast ? null : line?.label,
    field,
    before,
    after,
  ];
}

/** Rows for whole entries that came or went, one per role or job. */
function entryRows(change: string, entries: EntryChange[], joined: boolean) {
  return entries.flatMap((entry) => {
    const lines = entry.lines.length > 0 ? entry.lines : [null];
    return lines.map((line) => {
      const count = line?.episodeCount ?? null;
      return row(
        change,
        entry,
        line,
        "episode_count",
        joined ? null : count,
        joined ? count : null,
      );
    });
  });
}

function lineRows(change: string, changes: LineChange[], added: boolean) {
  return changes.map((c) => {
    const count = c.line.episodeCount;
    return row(
      change,
      c,
      c.line,
      "episode_count",
      added ? null : count,
      added ? count : null,
    );
  });
}

const cast = (person: PersonRef): Where => ({
  person,
  kind: "cast",
  department: "",
});

const text = (value: unknown): CsvValue =>
  value === null || value === undefined ? null : String(value);

/** Every row of a diff, kind by kind. */
export function diffRows(diff: CreditsDiff): CsvValue[][] {
  return [
    ...entryRows("joined", diff.castJoined, true),
    ...entryRows("left", diff.castLeft, false),
    ...entryRows("joined", diff.crewJoined, true),
    ...entryRows("left", diff.crewLeft, false),
    ...diff.departmentMoves.flatMap((move) => {
      const where: Where = {
        person: move.person,
        kind: "crew",
        department: move.to,
      };
      const lines = move.linesAfter.length > 0 ? move.linesAfter : [null];
      return lines.map((line) =>
        row("moved_department", where, line, "department", move.from, move.to),
      );
    }),
    ...lineRows("character_added", diff.charactersAdded, true),
    ...lineRows("character_removed", diff.charactersRemoved, false),
    ...diff.charactersRenamed.map((r) =>
      row(
        "character_renamed",
        cast(r.person),
        { creditId: r.creditId, label: r.to },
        "character",
        r.from,
        r.to,
      ),
    ),
    ...lineRows("job_added", diff.jobsAdded, true),
    ...lineRows("job_removed", diff.jobsRemoved, false),
    ...diff.episodeCounts.flatMap((e) => [
      ...e.lines.map((l) =>
        row("episode_count_changed", e, l, "episode_count", l.from, l.to),
      ),
      ...(e.total
        ? [
            row(
              "episode_count_changed",
              e,
              null,
              "total_episode_count",
              e.total.from,
              e.total.to,
            ),
          ]
        : []),
    ]),
    ...diff.castOrder.map((o) =>
      row("order_changed", cast(o.person), null, "order", o.from, o.to),
    ),
    ...diff.details.flatMap((d) =>
      d.fields.map((f) =>
        row("profile_updated", d, null, f.field, text(f.from), text(f.to)),
      ),
    ),
  ];
}
