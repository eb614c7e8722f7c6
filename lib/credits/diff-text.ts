import type {
  CreditLine,
  CreditsDiff,
  DiffKind,
  PersonRef,
} from "./diff-types";

// A diff in words, grouped by kind, for pages and feeds alike.

export type ChangeItem = { person: PersonRef; text: string };

export type ChangeGroup = {
  kind: DiffKind;
  heading: string;
  items: ChangeItem[];
};

const headings: Record<DiffKind, string> = {
  castJoined: "Joined the cast",
  castLeft: "Left the cast",
  crewJoined: "Joined the crew",
  crewLeft: "Left the crew",
  departmentMoves: "Moved between departments",
  charactersAdded: "Characters added",
  charactersRemoved: "Characters removed",
  charactersRenamed: "Characters renamed",
  jobsAdded: "Jobs added",
  jobsRemoved: "Jobs removed",
  episodeCounts: "Episode counts changed",
  castOrder: "Cast order changed",
  details: "Profile details changed",
};

const orNone = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "none"
    : String(value);

const episodes = (n: number | null) =>
  n === null ? "episodes unknown" : `${n} episode${n === 1 ? "" : "s"}`;

const line = (l: CreditLine) =>
  `${l.label || "unnamed"} (${episodes(l.episodeCount)})`;

const lines = (ls: CreditLine[]) => ls.map(line).join("; ") || "no credits";

const change = (c: { from: unknown; to: unknown }) =>
  `${orNone(c.from)} → ${orNone(c.to)}`;

const inDepartment = (department: string, text: string) =>
  department ? `${department}: ${text}` : text;

function describeKind(diff: CreditsDiff, kind: DiffKind): ChangeItem[] {
  switch (kind) {
    case "castJoined":
    case "castLeft":
    case "crewJoined":
    case "crewLeft":
      return diff[kind].map((e) => ({
        person: e.person,
        text: inDepartment(e.department, lines(e.lines)),
      }));
    case "departmentMoves":
      return diff[kind].map((m) => ({
        person: m.person,
        text: `${m.from} (${lines(m.linesBefore)}) → ${m.to} (${lines(m.linesAfter)})`,
      }));
    case "charactersAdded":
    case "charactersRemoved":
    case "jobsAdded":
    case "jobsRemoved":
      return diff[kind].map((c) => ({
        person: c.person,
        text: inDepartment(c.department, line(c.line)),
      }));
    case "charactersRenamed":
      return diff[kind].map((r) => ({
        person: r.person,
        text: `“${r.from}” → “${r.to}”`,
      }));
    case "episodeCounts":
      return diff[kind].map((e) => {
        const parts = e.lines.map(
          (l) => `${l.label || "unnamed"} ${change(l)}`,
        );
        if (e.total) parts.push(`total ${change(e.total)}`);
        return {
          person: e.person,
          text: inDepartment(e.department, parts.join("; ")),
        };
      });
    case "castOrder":
      return diff[kind].map((o) => ({
        person: o.person,
        text: `order ${change(o)}`,
      }));
    case "details":
      return diff[kind].map((d) => ({
        person: d.person,
        text: inDepartment(
          d.department,
          d.fields
            .map((f) => `${f.field.replace(/_/g, " ")} ${change(f)}`)
            .join("; "),
        ),
      }));
  }
}

/** The non-empty kinds of a diff, in a fixed order, each in words. */
export function describeChanges(diff: CreditsDiff): ChangeGroup[] {
  return (Object.keys(headings) as DiffKind[])
    .map((kind) => ({
      kind,
      heading: headings[kind],
      items: describeKind(diff, kind),
    }))
    .filter((group) => group.items.length > 0);
}
