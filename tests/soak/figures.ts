import type { HistoryCheck } from "./history";
import type { LoadTally } from "./load";

export type SoakFigures = {
  seconds: number;
  tally: LoadTally;
  /** Most TMDB requests that arrived within any one second. */
  peakRps: number;
  budgetRps: number;
  tmdbRequests: number;
  badBodies: number;
  history: HistoryCheck;
};

/**
 * The most arrival times (milliseconds, ascending) that fall within any
 * window of `windowMs`.
 */
export function peakInWindow(times: number[], windowMs = 1000): number {
  let peak = 0;
  let first = 0;
  for (let last = 0; last < times.length; last += 1) {
    while (times[last]! - times[first]! >= windowMs) first += 1;
    peak = Math.max(peak, last - first + 1);
  }
  return peak;
}

/** Why the run failed, one reason each; empty when it met every goal. */
export function failures(figures: SoakFigures): string[] {
  const { tally, history } = figures;
  const reasons: string[] = [];
  if (tally.served === 0) reasons.push("no request was served");
  if (tally.serverErrors > 0) {
    reasons.push(`${tally.serverErrors} server 5xx`);
  }
  for (const [reason, count] of tally.wrong) {
    reasons.push(`${count}× ${reason}`);
  }
  if (figures.peakRps > figures.budgetRps) {
    reasons.push(
      `TMDB rate ${figures.peakRps}/s above the budget ${figures.budgetRps}/s`,
    );
  }
  reasons.push(...history.problems);
  return reasons;
}

/** The report's lines, ending with the `soak: PASS|FAIL …` verdict. */
export function formatReport(figures: SoakFigures): string[] {
  const { tally, history } = figures;
  const intact = history.problems.length === 0;
  const reasons = failures(figures);
  const summary = [
    `served=${tally.served}`,
    `5xx=${tally.serverErrors}`,
    `stale=${tally.stale}`,
    `unavailable=${tally.unavailable}`,
    `tmdb_peak_rps=${figures.peakRps}/${figures.budgetRps}`,
    `snapshots=${history.snapshots}`,
    `history=${intact ? "intact" : "broken"}`,
  ].join(" ");

  return [
    `requests served:              ${tally.served} in ${figures.seconds} s`,
    `server 5xx:                   ${tally.serverErrors}`,
    `pages served stale:           ${tally.stale}`,
    `designed unavailable answers: ${tally.unavailable}`,
    `TMDB requests:                ${figures.tmdbRequests}`,
    `TMDB requests/s at peak:      ${figures.peakRps} (budget ${figures.budgetRps})`,
    `bad bodies on offer:          ${figures.badBodies}`,
    `snapshots written:            ${history.snapshots}`,
    `history intact:               ${intact ? "yes" : "no"}`,
    ...reasons.map((reason) => `  problem: ${reason}`),
    `soak: ${reasons.length === 0 ? "PASS" : "FAIL"} ${summary}`,
  ];
}
