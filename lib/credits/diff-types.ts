// The changes between two versions of a season's credits, kind by kind.
// A cast entry is a person in the cast; a crew entry is a person in one
// crew department. Roles and jobs are matched by TMDB's credit_id.

export type PersonRef = { id: number; name: string };

/** A cast role or a crew job, as one line of a credit. */
export type CreditLine = {
  creditId: string | null;
  /** The character of a role, or the job of a crew entry. */
  label: string;
  episodeCount: number | null;
};

/** A whole cast or crew entry that appeared or disappeared. */
export type EntryChange = {
  person: PersonRef;
  kind: "cast" | "crew";
  /** The crew department; empty for the cast. */
  department: string;
  lines: CreditLine[];
  totalEpisodeCount: number | null;
};

/** A person who left one crew department and joined another. */
export type DepartmentMove = {
  person: PersonRef;
  from: string;
  to: string;
  linesBefore: CreditLine[];
  linesAfter: CreditLine[];
};

/** A role or job added to or removed from an entry present in both. */
export type LineChange = {
  person: PersonRef;
  kind: "cast" | "crew";
  department: string;
  line: CreditLine;
};

export type CharacterRename = {
  person: PersonRef;
  creditId: string | null;
  from: string;
  to: string;
};

export type Count = { from: number | null; to: number | null };

/** The episode counts that changed in one entry present in both. */
export type EpisodeCountChange = {
  person: PersonRef;
  kind: "cast" | "crew";
  department: string;
  /** The entry's total, when it changed. */
  total: Count | null;
  /** Roles or jobs present in both whose own count changed. */
  lines: (Count & { creditId: string | null; label: string })[];
};

export type OrderChange = {
  person: PersonRef;
  from: number | null;
  to: number | null;
};

/** Other fields of an entry that changed: name, picture, gender… */
export type DetailChange = {
  person: PersonRef;
  kind: "cast" | "crew";
  department: string;
  fields: { field: string; from: unknown; to: unknown }[];
};

export type CreditsDiff = {
  castJoined: EntryChange[];
  castLeft: EntryChange[];
  crewJoined: EntryChange[];
  crewLeft: EntryChange[];
  departmentMoves: DepartmentMove[];
  charactersAdded: LineChange[];
  charactersRemoved: LineChange[];
  charactersRenamed: CharacterRename[];
  jobsAdded: LineChange[];
  jobsRemoved: LineChange[];
  episodeCounts: EpisodeCountChange[];
  castOrder: OrderChange[];
  details: DetailChange[];
};

export const diffKinds = [
  "castJoined",
  "castLeft",
  "crewJoined",
  "crewLeft",
  "departmentMoves",
  "charactersAdded",
  "charactersRemoved",
  "charactersRenamed",
  "jobsAdded",
  "jobsRemoved",
  "episodeCounts",
  "castOrder",
  "details",
] as const satisfies readonly (keyof CreditsDiff)[];

export type DiffKind = (typeof diffKinds)[number];

export function emptyDiff(): CreditsDiff {
  return Object.fromEntries(
    diffKinds.map((kind) => [kind, []]),
  ) as unknown as CreditsDiff;
}
