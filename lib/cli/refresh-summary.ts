import type { FailureCounts, FailureKind } from "../refresh-job/events";
import type { RefreshSummary } from "../refresh-job/events";
import { countFailures } from "../refresh-job/tally";

const failureNames: Record<FailureKind, string> = {
  not_found: "not on TMDB",
  unauthorized: "token rejected",
  rate_limited: "rate limited",
  unavailable: "TMDB unavailable",
  invalid_response: "unexpected answer",
  no_token: "no usable token",
  error: "error, see the log",
};

function describeFailures(failed: FailureCounts): string {
  const total = countFailures(failed);
  if (total === 0) return "0";

  const kinds = Object.entries(failed).map(
    ([kind, n]) => `${failureNames[kind as FailureKind]} ${n}`,
  );
  return `${total} (${kinds.join(", ")})`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The end-of-run report, one figure a line. */
export function formatSummary(summary: RefreshSummary): string {
  const { seasons, series } = summary;
  const perSecond =
    summary.durationMs > 0
      ? (summary.tmdbRequests / (summary.durationMs / 1000)).toFixed(1)
      : "0";
  const rows: [string, string][] = [
    ["seasons refreshed", `${seasons.refreshed} of ${seasons.total}`],
    ["  changed", String(seasons.changed)],
    ["  unchanged", String(seasons.unchanged)],
    ["  failed", describeFailures(seasons.failed)],
  ];
  if (series.total > 0) {
    rows.push(["series details", `${series.refreshed} of ${series.total}`]);
    if (series.refreshed < series.total) {
      rows.push(["  failed", describeFailures(series.failed)]);
    }
  }
  rows.push(["TMDB requests", `${summary.tmdbRequests} (${perSecond}/s)`]);
  if (summary.rejectedTokens > 0) {
    rows.push([
      "tokens rejected",
      `${summary.rejectedTokens} (marked invalid; their users must replace them)`,
    ]);
  }

  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = rows.map(
    ([label, value]) => `  ${label.padEnd(width)}${value}`,
  );
  return [`Refresh finished in ${seconds(summary.durationMs)}`, ...lines].join(
    "\n",
  );
}
