import { countChanges } from "@/lib/credits/diff";
import type { TimelineSnapshot } from "@/lib/credits/history";

const width = 640;
const height = 200;
const margin = { top: 16, right: 12, bottom: 36, left: 40 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

const day = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeZone: "UTC",
});

const minute = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Day labels, or minutes when every version falls within two days. */
function labeller(bars: Bar[]) {
  const span = bars.at(-1)!.at.getTime() - bars[0]!.at.getTime();
  const format = span < 2 * 86_400_000 ? minute : day;
  return (at: Date) => format.format(at);
}

type Bar = {
  id: number;
  at: Date;
  joined: number;
  left: number;
  other: number;
  all: number;
};

// The three parts of each bar, bottom to top, with their legend names.
const parts = [
  { key: "joined", label: "Joined", className: "joined" },
  { key: "left", label: "Left", className: "left" },
  { key: "other", label: "Other changes", className: "other" },
] as const;

function toBars(snapshots: TimelineSnapshot[]): Bar[] {
  return snapshots
    .filter((s) => s.diff !== null)
    .map((s) => ({ id: s.id, at: s.fetchedAt, ...countChanges(s.diff!) }))
    .reverse();
}

/** Each part of a bar as a rectangle's top and height, bottom up. */
function stack(bar: Bar, scale: (n: number) => number) {
  let base = plotHeight;
  return parts.map((part) => {
    const h = scale(bar[part.key]);
    base -= h;
    return { ...part, top: base, h };
  });
}

const barTitle = (bar: Bar, label: (at: Date) => string) =>
  `${label(bar.at)} UTC: ${bar.joined} joined, ${bar.left} left, ` +
  `${bar.other} other changes`;

function describe(bars: Bar[]): string {
  const label = labeller(bars);
  const busiest = bars.reduce((a, b) => (b.all > a.all ? b : a));
  const first = label(bars[0]!.at);
  const last = label(bars.at(-1)!.at);
  return (
    `${bars.length} changed version${bars.length === 1 ? "" : "s"} ` +
    `from ${first} to ${last} UTC, oldest on the left. The most changes, ` +
    `${busiest.all}, came on ${label(busiest.at)} UTC.`
  );
}

/**
 * Changes over time: one stacked bar per changed version after the first
 * (which would dwarf the rest), oldest on the left, evenly spaced so that
 * versions fetched minutes apart stay readable. The figures are also in
 * the table below the chart and in the timeline.
 */
export function ChangesChart({ snapshots }: { snapshots: TimelineSnapshot[] }) {
  const bars = toBars(snapshots);
  if (bars.length === 0) {
    return <p className="meta">No changes since the first version.</p>;
  }

  const max = Math.max(...bars.map((b) => b.all), 1);
  const slot = plotWidth / bars.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const y = (n: number) => (n / max) * plotHeight;
  const label = labeller(bars);

  return (
    <figure className="changes-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="changes-title changes-desc"
      >
        <title id="changes-title">Changes per version over time</title>
        <desc id="changes-desc">{describe(bars)}</desc>
        <g transform={`translate(${margin.left},${margin.top})`}>
          <line
            className="axis"
            x1={0}
            x2={plotWidth}
            y1={plotHeight}
            y2={plotHeight}
          />
          <text className="tick" x={-6} y={4} textAnchor="end">
            {max}
          </text>
          <text className="tick" x={-6} y={plotHeight} textAnchor="end">
            0
          </text>
          {bars.map((bar, i) => {
            const x = i * slot + (slot - barWidth) / 2;
            return (
              <g key={bar.id}>
                <title>{barTitle(bar, label)}</title>
                {stack(bar, y)
                  .filter((part) => part.h > 0)
                  .map((part) => (
                    <rect
                      key={part.key}
                      className={part.className}
                      x={x}
                      y={part.top}
                      width={barWidth}
                      height={part.h}
                    />
                  ))}
              </g>
            );
          })}
          <text className="tick" x={0} y={plotHeight + 20}>
            {label(bars[0]!.at)}
          </text>
          {bars.length > 1 && (
            <text
              className="tick"
              x={plotWidth}
              y={plotHeight + 20}
              textAnchor="end"
            >
              {label(bars.at(-1)!.at)}
            </text>
          )}
        </g>
      </svg>
      <figcaption>
        <ul className="legend">
          {parts.map((part) => (
            <li key={part.key}>
              <span className={`swatch ${part.className}`} aria-hidden="true" />
              {part.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <ChartTable bars={bars} />
    </figure>
  );
}

function ChartTable({ bars }: { bars: Bar[] }) {
  return (
    <details>
      <summary>The chart&apos;s figures</summary>
      <table className="chart-figures">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Joined</th>
            <th scope="col">Left</th>
            <th scope="col">Other changes</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.id}>
              <th scope="row">
                <time dateTime={bar.at.toISOString()}>
                  {bar.at.toISOString().replace("T", " ").slice(0, 19)} UTC
                </time>
              </th>
              <td>{bar.joined}</td>
              <td>{bar.left}</td>
              <td>{bar.other}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
