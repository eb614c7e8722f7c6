import Link from "next/link";
import { getSeriesSeasons, type SeriesRef } from "@/lib/series";
import { findNeighbourSeasons } from "@/lib/series/neighbours";
import { seasonLabel } from "@/lib/series/season-label";
import {
  seasonDiffPath,
  seasonFeedPath,
  seasonHistoryPath,
  seasonPath,
  seriesPath,
  tmdbSeasonUrl,
} from "@/lib/urls";

// The links below do not prefetch: a prefetched season page would make
// the server refresh it from TMDB for pages the reader may never open.

type SeasonPlace = {
  series: SeriesRef;
  seasonNumber: number;
  language: string;
};

/**
 * Links to the seasons before and after this one, from the seasons TMDB
 * listed when castlog last stored the series, and to the series page.
 */
export async function SeasonNeighbours(props: SeasonPlace) {
  const seasons = await getSeriesSeasons(props.series.id);
  const { previous, next } = findNeighbourSeasons(seasons, props.seasonNumber);
  const language = { language: props.language };

  return (
    <nav className="season-nav" aria-label="Seasons">
      {previous && (
        <Link
          prefetch={false}
          rel="prev"
          className="previous"
          href={seasonPath(props.series, previous.seasonNumber, language)}
        >
          ← {seasonLabel(previous.seasonNumber)}
        </Link>
      )}
      <Link
        prefetch={false}
        className="series"
        href={seriesPath(props.series, language)}
      >
        All seasons of {props.series.name}
      </Link>
      {next && (
        <Link
          prefetch={false}
          rel="next"
          className="next"
          href={seasonPath(props.series, next.seasonNumber, language)}
        >
          {seasonLabel(next.seasonNumber)} →
        </Link>
      )}
    </nav>
  );
}

/** Links to what castlog remembers of this season, and to TMDB's page. */
export function SeasonLinks(props: SeasonPlace) {
  const season = { series: props.series, seasonNumber: props.seasonNumber };
  const language = { language: props.language };

  return (
    <nav className="season-links" aria-label="This season">
      <Link prefetch={false} href={seasonHistoryPath(season, language)}>
        History
      </Link>
      <Link prefetch={false} href={seasonDiffPath(season, language)}>
        Latest changes
      </Link>
      <a href={seasonFeedPath(season)} type="application/atom+xml">
        Atom feed
      </a>
      <a
        className="tmdb"
        href={tmdbSeasonUrl(props.series.id, props.seasonNumber)}
      >
        {seasonLabel(props.seasonNumber)} on TMDB
      </a>
    </nav>
  );
}
