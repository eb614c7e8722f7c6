import { seasonLabel } from "@/lib/series/season-label";
import type { MatrixPerson } from "@/lib/series/views";
import { episodesText, seasonShortLabel } from "./format";

// Layout of the picture, in SVG user units.
const labelWidth = 180;
const cellWidth = 36;
const cellHeight = 16;
const headHeight = 24;
const maxLabel = 26;

const shorten = (name: string) =>
  name.length > maxLabel ? `${name.slice(0, maxLabel - 1)}…` : name;

/**
 * People by season, one cell per season a person is credited in, darker
 * for more episodes. The table beside it carries the same figures as text.
 */
export function Heatmap(props: {
  seasonNumbers: number[];
  people: MatrixPerson[];
}) {
  const { seasonNumbers, people } = props;
  const most = Math.max(
    1,
    ...people.flatMap((p) => Object.values(p.seasons).map((c) => c.episodes)),
  );
  const width = labelWidth + cellWidth * seasonNumbers.length;
  const height = headHeight + cellHeight * people.length;

  return (
    <svg
      className="heatmap"
      role="img"
      aria-labelledby="heatmap-title heatmap-desc"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <title id="heatmap-title">Episodes per season, as a heatmap</title>
      <desc id="heatmap-desc">
        {`${people.length} people (rows) by ${seasonNumbers.length} seasons (columns); the darker a cell, the more episodes, from 1 to ${most}. The table "Episodes per season, by person" gives the same figures.`}
      </desc>
      {seasonNumbers.map((n, col) => (
        <text
          key={n}
          className="heatmap-head"
          x={labelWidth + cellWidth * col + cellWidth / 2}
          y={headHeight - 8}
          textAnchor="middle"
        >
          {seasonShortLabel(n)}
        </text>
      ))}
      {people.map((person, row) => {
        const y = headHeight + cellHeight * row;
        return (
          <g key={person.personId}>
            <text
              className="heatmap-label"
              x={labelWidth - 6}
              y={y + 12}
              textAnchor="end"
            >
              {shorten(person.name)}
            </text>
            {seasonNumbers.map((n, col) => {
              const episodes = person.seasons[n]?.episodes ?? 0;
              const x = labelWidth + cellWidth * col;
              return (
                <rect
                  key={n}
                  className={episodes ? "heatmap-cell" : "heatmap-empty"}
                  x={x + 1}
                  y={y + 1}
                  width={cellWidth - 2}
                  height={cellHeight - 2}
                  fillOpacity={
                    episodes ? 0.15 + (0.85 * episodes) / most : undefined
                  }
                >
                  <title>{`${person.name}, ${seasonLabel(n)}: ${episodes ? episodesText(episodes) : "not credited"}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
