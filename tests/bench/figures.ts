/** One measured figure, as printed and as written to bench-results.json. */
export type Figure = {
  name: string;
  /** null when the figure could not be measured in this run. */
  value: number | null;
  unit: string;
  /** The goal as a reader would say it, e.g. "<= 150". */
  goal: string;
  met: boolean;
};

type Goal = { at: "most" | "least"; limit: number };

export const atMost = (limit: number): Goal => ({ at: "most", limit });
export const atLeast = (limit: number): Goal => ({ at: "least", limit });

/** A measured figure checked against its goal. */
export function figure(
  name: string,
  value: number,
  unit: string,
  goal: Goal,
): Figure {
  const met = goal.at === "most" ? value <= goal.limit : value >= goal.limit;
  const sign = goal.at === "most" ? "<=" : ">=";
  return { name, value, unit, goal: `${sign} ${goal.limit}`, met };
}

/** A figure that was not measured, with the reason in its name. */
export function skipped(name: string, unit: string, reason: string): Figure {
  return {
    name: `${name} (skipped: ${reason})`,
    value: null,
    unit,
    goal: "",
    met: false,
  };
}

export function formatFigure(f: Figure): string {
  const value =
    f.value === null
      ? "-"
      : Number.isInteger(f.value)
        ? String(f.value)
        : f.value.toFixed(2);
  const met = f.value === null ? "skipped" : f.met ? "met" : "NOT MET";
  return `${f.name}: ${value} ${f.unit} (goal ${f.goal || "-"}) ${met}`;
}
