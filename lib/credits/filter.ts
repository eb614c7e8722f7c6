import { z } from "zod";
import type { CreditsView } from "./view";

// Longer than any name, character or job worth typing; a longer query is
// more likely a pasted mistake than a search.
export const maxFilterLength = 100;

/**
 * The `q` parameter of a season page: text to find in names, characters
 * and jobs. Blank means no filter; repeated or too long is an error.
 */
export const creditFilterSchema = z
  .string()
  .max(maxFilterLength, `must be at most ${maxFilterLength} characters`)
  .optional()
  .transform((q) => q?.trim() || undefined);

export type CreditFilter = z.infer<typeof creditFilterSchema>;

/** How many entries a filtered view shows, of how many in the season. */
export type FilterCounts = { shown: number; total: number };

const countEntries = (view: CreditsView) => view.cast.length + view.crewCount;

/**
 * The cast and crew entries whose name, or one of whose characters or
 * jobs, contains `query`, ignoring case. A matching entry keeps all its
 * roles or jobs; departments left empty are dropped. Pure.
 */
export function filterCreditsView(
  view: CreditsView,
  query: string,
): { view: CreditsView; counts: FilterCounts } {
  const needle = query.toLocaleLowerCase();
  const matches = (...texts: string[]) =>
    texts.some((text) => text.toLocaleLowerCase().includes(needle));

  const cast = view.cast.filter((member) =>
    matches(member.name, ...member.roles.map((role) => role.character)),
  );
  const departments = view.departments
    .map((department) => ({
      name: department.name,
      members: department.members.filter((member) =>
        matches(member.name, ...member.jobs.map((job) => job.job)),
      ),
    }))
    .filter((department) => department.members.length > 0);
  const crewCount = departments.reduce((n, d) => n + d.members.length, 0);

  const filtered = { cast, departments, crewCount };
  return {
    view: filtered,
    counts: { shown: countEntries(filtered), total: countEntries(view) },
  };
}
