import { seriesSegment } from "./series/slug";

export const defaultLanguage = "en-US";

type SeriesLike = { id: number; slug: string };

/** Extra query parameters, dropping the default language. */
function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (key === "language" && value === defaultLanguage) continue;
    search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The canonical path of a season page. */
export function seasonPath(
  series: SeriesLike,
  seasonNumber: number,
  params: Record<string, string | undefined> = {},
): string {
  return `/tv/${seriesSegment(series)}/season/${seasonNumber}${query(params)}`;
}

/** The JSON API path of a season's aggregate credits. */
export function seasonApiPath(
  seriesId: number,
  seasonNumber: number,
  params: Record<string, string | undefined> = {},
): string {
  return (
    `/api/tv/${seriesId}/season/${seasonNumber}/aggregate_credits` +
    query(params)
  );
}

type SeasonLike = { series: SeriesLike; seasonNumber: number };

/** The canonical path of a series page. */
export function seriesPath(
  series: SeriesLike,
  params: Record<string, string | undefined> = {},
): string {
  return `/tv/${seriesSegment(series)}${query(params)}`;
}

/** The canonical path of a season's history (its timeline of changes). */
export function seasonHistoryPath(
  { series, seasonNumber }: SeasonLike,
  params: Record<string, string | undefined> = {},
): string {
  return `${seasonPath(series, seasonNumber)}/history${query(params)}`;
}

/** The canonical path of the diff between two snapshots of a season. */
export function seasonDiffPath(
  { series, seasonNumber }: SeasonLike,
  params: Record<string, string | undefined> = {},
): string {
  return `${seasonPath(series, seasonNumber)}/diff${query(params)}`;
}

/** The Atom feed of a season's credit changes. */
export function seasonFeedPath({ series, seasonNumber }: SeasonLike): string {
  return `${seasonPath(series, seasonNumber)}/feed.xml`;
}

/** The Atom feed of the credit changes of every season of a series. */
export function seriesFeedPath(series: SeriesLike): string {
  return `/tv/${seriesSegment(series)}/feed.xml`;
}

/** The page of the people credited in two series. */
export function seriesOverlapPath(
  series: SeriesLike,
  params: Record<string, string | undefined> = {},
): string {
  return `/tv/${seriesSegment(series)}/overlap${query(params)}`;
}

/** A person's page. */
export function personPath(personId: number): string {
  return `/person/${personId}`;
}

/** The JSON API path of the diff between two snapshots of a season. */
export function seasonDiffApiPath(
  seriesId: number,
  seasonNumber: number,
  params: Record<string, string | undefined> = {},
): string {
  return `/api/tv/${seriesId}/season/${seasonNumber}/diff${query(params)}`;
}

// TMDB's own pages, which every series, season and person links out to.
const tmdbSite = "https://www.themoviedb.org";

export const tmdbSeriesUrl = (seriesId: number) => `${tmdbSite}/tv/${seriesId}`;

export const tmdbSeasonUrl = (seriesId: number, seasonNumber: number) =>
  `${tmdbSite}/tv/${seriesId}/season/${seasonNumber}`;

export const tmdbPersonUrl = (personId: number) =>
  `${tmdbSite}/person/${personId}`;
