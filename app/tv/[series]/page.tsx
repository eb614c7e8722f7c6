import { TrackButton } from "@/app/components/track-button";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageSwitch } from "@/app/components/language-switch";
import { pageMetadata } from "@/app/components/page-metadata";
import { getSeriesSeasons, getStoredSeries } from "@/lib/series";
import {
  chooseSeasonPair,
  compareSeasons,
  type SeasonPair,
} from "@/lib/series/season-compare";
import { getSeriesMatrix } from "@/lib/series/views";
import { getSeriesLanguages, hreflangAlternates } from "@/lib/seo";
import {
  defaultLanguage,
  seriesFeedPath,
  seriesPath,
  tmdbSeriesUrl,
} from "@/lib/urls";
import "@/app/styles/series.css";
import { FetchSeasonsForm } from "./fetch-form";
import type { PageQuery } from "./matrix-table";
import { IgnoredNotices } from "./notices";
import { OverlapForm } from "./overlap-form";
import { PeopleMatrix } from "./people-matrix";
import {
  parseSeriesRoute,
  type SeriesPageProps,
  type SeriesRoute,
} from "./route-params";
import { SeasonComparisonView } from "./season-comparison";
import { loadSeriesForPage } from "./series-for-page";
import { SeasonList } from "./season-list";
import { SeriesJsonLd } from "./series-json-ld";

/** The reader's choices that the page's links and forms carry on. */
function pageQuery(route: SeriesRoute, pair: SeasonPair | null): PageQuery {
  const { language, sort, from_season, to_season } = route.query;
  const chosen = (asked: number | undefined, value: number | undefined) =>
    asked === undefined || value === undefined ? undefined : String(value);

  return {
    language: language === defaultLanguage ? undefined : language,
    sort: sort === "total" ? undefined : sort,
    from_season: chosen(from_season, pair?.from),
    to_season: chosen(to_season, pair?.to),
  };
}

export async function generateMetadata(
  props: SeriesPageProps,
): Promise<Metadata> {
  const route = await parseSeriesRoute(props);
  const series = route && (await getStoredSeries(route.seriesId));
  if (!route || !series) return {};

  return pageMetadata({
    title: `${series.name}: cast & crew by season`,
    description: `Who worked on each season of ${series.name}, with episode counts, and who stayed, joined and left between seasons.`,
    path: seriesPath(series, { language: route.query.language }),
    languages: hreflangAlternates(
      await getSeriesLanguages(series.id),
      (language) => seriesPath(series, { language }),
    ),
    types: { "application/atom+xml": seriesFeedPath(series) },
    // A page showing a notice about its own address is not for listing.
    index: route.ignored.length === 0,
  });
}

export default async function SeriesPage(props: SeriesPageProps) {
  const route = await parseSeriesRoute(props);
  if (!route) notFound();

  const loaded = await loadSeriesForPage(route, (series) =>
    seriesPath(series, route.given),
  );
  if (!loaded.ok) return loaded.page;
  const { series } = loaded;

  const { language, sort } = route.query;
  const [listed, matrix, languages] = await Promise.all([
    getSeriesSeasons(series.id),
    getSeriesMatrix(series.id, language),
    getSeriesLanguages(series.id),
  ]);
  const chosen = chooseSeasonPair(matrix.seasonNumbers, {
    from: route.query.from_season,
    to: route.query.to_season,
  });
  const missing = listed.filter(
    (season) => !matrix.seasonNumbers.includes(season.seasonNumber),
  ).length;
  const query = pageQuery(route, chosen.pair);

  return (
    <article className="series-page">
      <SeriesJsonLd series={series} seasons={listed} />
      <h1>{series.name}</h1>
      <p className="meta">
        Cast &amp; crew by season · language {language} ·{" "}
        <a href={tmdbSeriesUrl(series.id)}>{series.name} on TMDB</a> ·{" "}
        <a href={seriesFeedPath(series)}>Atom feed of credit changes</a>
      </p>
      {languages.some((stored) => stored !== language) && (
        <LanguageSwitch
          current={language}
          languages={languages}
          pathIn={(other) => seriesPath(series, { ...query, language: other })}
        />
      )}
      <TrackButton seriesId={series.id} />
      <IgnoredNotices ignored={[...route.ignored, ...chosen.ignored]} />

      <h2 id="seasons">Seasons</h2>
      <SeasonList
        series={series}
        listed={listed}
        stored={matrix.seasonNumbers}
        language={language}
      />
      <FetchSeasonsForm
        seriesId={series.id}
        language={language}
        missing={missing}
      />

      <h2 id="matrix">People by season</h2>
      <PeopleMatrix
        series={series}
        matrix={matrix}
        sort={sort}
        language={language}
        query={query}
      />

      <h2 id="compare">Who stayed, joined and left</h2>
      <SeasonComparisonView
        series={series}
        seasonNumbers={matrix.seasonNumbers}
        comparison={chosen.pair && compareSeasons(matrix, chosen.pair)}
        query={query}
      />

      <h2 id="overlap">People in another series too</h2>
      <OverlapForm series={series} language={query.language} />
    </article>
  );
}
