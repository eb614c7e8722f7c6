import Link from "next/link";
import type { PersonSeries } from "@/lib/people";
import { seriesPath, tmdbSeriesUrl } from "@/lib/urls";
import { SeasonCredit } from "./season-credit";

/** A person's credits, one section per series, seasons in order. */
export function SeriesCredits(props: {
  series: PersonSeries[];
  language: string;
}) {
  const { language } = props;

  return props.series.map((series) => (
    <section
      key={series.id}
      className="person-series"
      aria-labelledby={`series-${series.id}`}
    >
      <h2 id={`series-${series.id}`}>
        <Link href={seriesPath(series, { language })}>{series.name}</Link>{" "}
        <a
          className="tmdb"
          href={tmdbSeriesUrl(series.id)}
          aria-label={`${series.name} on TMDB`}
        >
          TMDB
        </a>
      </h2>
      <ol className="person-seasons">
        {series.seasons.map((season) => (
          <SeasonCredit
            key={season.seasonId}
            series={series}
            season={season}
            language={language}
          />
        ))}
      </ol>
    </section>
  ));
}
