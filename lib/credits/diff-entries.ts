import type { AggregateCredits } from "../tmdb/schemas";
import type { CreditLine, PersonRef } from "./diff-types";

/** One cast entry, or one person in one crew department, made comparable. */
export type Entry = {
  /** Identity across versions: kind, department, person and occurrence. */
  key: string;
  kind: "cast" | "crew";
  department: string;
  person: PersonRef;
  order: number | null;
  total: number | null;
  lines: CreditLine[];
  /** Fields compared as "details": everything but credits and counts. */
  details: Record<string, unknown>;
};

const detailFields = [
  "name",
  "original_name",
  "profile_path",
  "gender",
  "adult",
  "known_for_department",
] as const;

type AnyEntry =
  AggregateCredits["cast"][number] | AggregateCredits["crew"][number];

function pickDetails(entry: AnyEntry): Record<string, unknown> {
  return Object.fromEntries(
    detailFields.map((field) => [field, entry[field] ?? null]),
  );
}

/**
 * Adds an occurrence number to each key, so that an entry TMDB repeats
 * is matched with its own repeat rather than merged into the first.
 */
function numbered<T>(items: T[], base: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>();

  return items.map((item) => {
    const key = base(item);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return [`${key}#${n}`, item];
  });
}

/** The entries of a response keyed by identity, in the response's order. */
export function readEntries(credits: AggregateCredits): Map<string, Entry> {
  const cast: Entry[] = credits.cast.map((entry) => ({
    key: "",
    kind: "cast",
    department: "",
    person: { id: entry.id, name: entry.name },
    order: entry.order ?? null,
    total: entry.total_episode_count ?? null,
    lines: entry.roles.map((role) => ({
      creditId: role.credit_id ?? null,
      label: role.character ?? "",
      episodeCount: role.episode_count ?? null,
    })),
    details: pickDetails(entry),
  }));
  const crew: Entry[] = credits.crew.map((entry) => ({
    key: "",
    kind: "crew",
    department: entry.department,
    person: { id: entry.id, name: entry.name },
    order: null,
    total: entry.total_episode_count ?? null,
    lines: entry.jobs.map((job) => ({
      creditId: job.credit_id ?? null,
      label: job.job ?? "",
      episodeCount: job.episode_count ?? null,
    })),
    details: pickDetails(entry),
  }));

  const keyed = numbered(
    [...cast, ...crew],
    (e) => `${e.kind}|${e.department}|${e.person.id}`,
  );
  return new Map(keyed.map(([key, entry]) => [key, { ...entry, key }]));
}

/** Lines keyed by credit_id, or by label for lines TMDB gave no id. */
export function keyLines(lines: CreditLine[]): Map<string, CreditLine> {
  return new Map(
    numbered(lines, (line) =>
      line.creditId === null ? `label:${line.label}` : `id:${line.creditId}`,
    ),
  );
}
