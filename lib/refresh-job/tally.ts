import type {
  FailureCounts,
  FailureKind,
  SeasonProgress,
  SeriesProgress,
} from "./events";

/** How one season's refresh ended. */
export type SeasonOutcome = "changed" | "unchanged" | FailureKind;

function countFailure(failed: FailureCounts, kind: FailureKind) {
  failed[kind] = (failed[kind] ?? 0) + 1;
}

/** Running counts of the seasons stage. Not shared between runs. */
export function createSeasonTally(total: number) {
  const progress: SeasonProgress = {
    stage: "seasons",
    done: 0,
    total,
    changed: 0,
    unchanged: 0,
    failed: {},
  };

  return {
    record(outcome: SeasonOutcome) {
      progress.done += 1;
      if (outcome === "changed" || outcome === "unchanged") {
        progress[outcome] += 1;
      } else {
        countFailure(progress.failed, outcome);
      }
    },
    /** A copy, safe to hand to a listener. */
    progress: (): SeasonProgress => ({
      ...progress,
      failed: { ...progress.failed },
    }),
  };
}

/** Running counts of the series stage. Not shared between runs. */
export function createSeriesTally(total: number) {
  const progress: SeriesProgress = {
    stage: "series",
    done: 0,
    total,
    failed: {},
  };

  return {
    record(outcome: "refreshed" | FailureKind) {
      progress.done += 1;
      if (outcome !== "refreshed") countFailure(progress.failed, outcome);
    },
    progress: (): SeriesProgress => ({
      ...progress,
      failed: { ...progress.failed },
    }),
  };
}

/** The number of failures of every kind together. */
export const countFailures = (failed: FailureCounts) =>
  Object.values(failed).reduce((sum, n) => sum + n, 0);
