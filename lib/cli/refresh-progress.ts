import type { RefreshProgress } from "../refresh-job/events";
import { countFailures } from "../refresh-job/tally";

type Output = {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
};

const barWidth = 30;

const stageName = (progress: RefreshProgress) =>
  progress.stage === "series" ? "series details" : "seasons";

function describeCounts(progress: RefreshProgress): string {
  const failed = countFailures(progress.failed);
  const parts =
    progress.stage === "seasons"
      ? [`${progress.changed} changed`, `${failed} failed`]
      : [`${failed} failed`];
  return parts.join(", ");
}

function drawBar(progress: RefreshProgress, columns: number): string {
  const { done, total } = progress;
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  const bar = "#".repeat(filled) + "-".repeat(barWidth - filled);
  const line =
    `${stageName(progress)} [${bar}] ${done}/${total}` +
    `  ${describeCounts(progress)}`;
  return line.slice(0, Math.max(columns - 1, 20));
}

/**
 * Shows a run's progress: on a terminal, one bar redrawn in place; on
 * anything else (a log file, a pipe), a plain line each time a stage
 * passes another tenth of its work.
 */
export function createProgressDisplay(out: Output) {
  const shownTenths = new Map<string, number>();
  let barShown = false;

  function printTenth(progress: RefreshProgress) {
    const { done, total } = progress;
    const tenth = total === 0 ? 10 : Math.floor((done * 10) / total);
    if ((shownTenths.get(progress.stage) ?? -1) >= tenth) return;

    shownTenths.set(progress.stage, tenth);
    out.write(
      `${stageName(progress)}: ${tenth * 10} % (${done}/${total}), ` +
        `${describeCounts(progress)}\n`,
    );
  }

  return {
    show(progress: RefreshProgress) {
      if (progress.total === 0) return;
      if (!out.isTTY) return printTenth(progress);

      // A pseudo-terminal without a size reports 0 columns.
      out.write(`\r\x1b[2K${drawBar(progress, out.columns || 80)}`);
      barShown = true;
      // Each stage keeps its own finished bar on screen.
      if (progress.done === progress.total) {
        out.write("\n");
        barShown = false;
      }
    },
    /** Leaves the cursor on a fresh line. */
    end() {
      if (barShown) out.write("\n");
      barShown = false;
    },
  };
}
