import { diffKinds, type CreditsDiff } from "./diff-types";

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

/** How many changes of each broad sort a diff holds, for charts. */
export function countChanges(diff: CreditsDiff) {
  const joined = diff.castJoined.length + diff.crewJoined.length;
  const left = diff.castLeft.length + diff.crewLeft.length;
  const all = diffKinds.reduce((sum, kind) => sum + diff[kind].length, 0);
  return { joined, left, other: all - joined - left, all };
}

/**
 * One line naming how many changes of each kind a diff holds, for example
 * "2 joined, 1 left, 3 episode counts changed"; "no changes" when empty.
 * Joined and left count cast entries and crew entries (a person in one
 * department); a department move counts once, as a move.
 */
export function summarizeDiff(diff: CreditsDiff): string {
  const { joined, left } = countChanges(diff);
  const parts = [
    joined && `${joined} joined`,
    left && `${left} left`,
    diff.departmentMoves.length &&
      plural(
        diff.departmentMoves.length,
        "moved department",
        "moved departments",
      ),
    diff.charactersAdded.length &&
      plural(
        diff.charactersAdded.length,
        "character added",
        "characters added",
      ),
    diff.charactersRemoved.length &&
      plural(
        diff.charactersRemoved.length,
        "character removed",
        "characters removed",
      ),
    diff.charactersRenamed.length &&
      plural(
        diff.charactersRenamed.length,
        "character renamed",
        "characters renamed",
      ),
    diff.jobsAdded.length &&
      plural(diff.jobsAdded.length, "job added", "jobs added"),
    diff.jobsRemoved.length &&
      plural(diff.jobsRemoved.length, "job removed", "jobs removed"),
    diff.episodeCounts.length &&
      plural(
        diff.episodeCounts.length,
        "episode count changed",
        "episode counts changed",
      ),
    diff.castOrder.length && `${diff.castOrder.length} moved in cast order`,
    diff.details.length &&
      plural(diff.details.length, "profile updated", "profiles updated"),
  ].filter(Boolean);

  return parts.length > 0 ? parts.join(", ") : "no changes";
}
