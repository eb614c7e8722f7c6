export type EpisodeBar = { name: string; episodes: number };

// Drawing units of the viewBox; the picture scales to its container.
const width = 640;
const labelWidth = 190;
const barSpace = 390;
const rowHeight = 22;
const barHeight = 14;
const maxLabelLength = 28;

const shorten = (name: string) =>
  name.length > maxLabelLength ? `${name.slice(0, maxLabelLength - 1)}…` : name;

/** Names, bars and figures, each in a group that carries its style. */
function Rows({ bars }: { bars: EpisodeBar[] }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.episodes));
  const length = (bar: EpisodeBar) => (bar.episodes / largest) * barSpace;
  const baseline = (row: number) => row * rowHeight + 15;

  return (
    <>
      <g style={{ fill: "var(--fg)", fontSize: 12, textAnchor: "end" }}>
        {bars.map((bar, i) => (
          <text key={i} x={labelWidth - 8} y={baseline(i)}>
            {shorten(bar.name)}
          </text>
        ))}
      </g>
      <g style={{ fill: "var(--accent)" }}>
        {bars.map((bar, i) => (
          <rect
            key={i}
            x={labelWidth}
            y={baseline(i) - 11}
            width={length(bar)}
            height={barHeight}
            rx={2}
          />
        ))}
      </g>
      <g style={{ fill: "var(--muted)", fontSize: 12 }}>
        {bars.map((bar, i) => (
          <text key={i} x={labelWidth + length(bar) + 6} y={baseline(i)}>
            {bar.episodes}
          </text>
        ))}
      </g>
    </>
  );
}

/**
 * Horizontal bars of episode counts, one per person in TMDB's order,
 * drawn on the server. Only the first `limit` people are drawn; the
 * description gives every drawn figure in words, and the caption says
 * how many were left out.
 */
export function EpisodeBars(props: {
  id: string;
  title: string;
  bars: EpisodeBar[];
  limit: number;
  /** What one bar stands for, in the plural: "cast members". */
  noun: string;
}) {
  const shown = props.bars.slice(0, props.limit);
  const height = shown.length * rowHeight + 4;
  const capped = props.bars.length > shown.length;
  const scope = capped
    ? `the first ${shown.length} of ${props.bars.length} ${props.noun}`
    : `all ${shown.length} ${props.noun}`;
  const figures = shown.map((bar) => `${bar.name}: ${bar.episodes}`).join(", ");

  // On a phone the picture scrolls sideways to keep its labels readable;
  // a scrolling region must take focus so that keys can scroll it.
  return (
    <figure className="episode-bars" tabIndex={0}>
      <svg
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>
          {`Bars for ${scope}, in TMDB's order. ${figures}.`}
        </desc>
        <Rows bars={shown} />
      </svg>
      <figcaption>
        {`${props.title}: ${scope}, in TMDB's order. `}
        {capped
          ? "Every count is in the list below."
          : "The same counts are in the list below."}
      </figcaption>
    </figure>
  );
}
