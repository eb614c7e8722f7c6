import { notFound } from "next/navigation";
import { redirectToCanonical } from "@/app/components/canonical";
import type { SeasonKey } from "@/lib/credits/ingest";
import {
  languageSchema,
  queryValues,
  seasonNumberSchema,
  seriesSegmentSchema,
} from "@/lib/credits/params";
import {
  getStoredSeason,
  type StoredSeason,
} from "@/lib/credits/season-history";
import type { SeriesRef } from "@/lib/series";

export type HistoryPageProps = {
  params: Promise<{ series: string; season: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export type HistoryRoute = {
  segment: string;
  key: SeasonKey;
  query: Record<string, string | string[] | undefined>;
};

/**
 * The season a history page is about, or null when its series, season or
 * language is malformed (a language falls under the same rule as on the
 * season page: a 404, since each language is a history of its own).
 */
export async function parseHistoryRoute(
  props: HistoryPageProps,
): Promise<HistoryRoute | null> {
  const params = await props.params;
  const query = queryValues(await props.searchParams);
  const series = seriesSegmentSchema.safeParse(params.series);
  const season = seasonNumberSchema.safeParse(params.season);
  const language = languageSchema.safeParse(query.language);
  if (!series.success || !season.success || !language.success) return null;

  return {
    segment: params.series,
    key: {
      seriesId: series.data.id,
      seasonNumber: season.data,
      language: language.data,
    },
    query,
  };
}

type RoutedSeason = { route: HistoryRoute; season: StoredSeason };

/**
 * The route and stored season of a page; null when the route is malformed
 * or castlog never stored the season. Neither redirects nor 404s, so
 * metadata can use it too.
 */
export async function findStoredSeason(
  props: HistoryPageProps,
): Promise<RoutedSeason | null> {
  const route = await parseHistoryRoute(props);
  const season = route && (await getStoredSeason(route.key));
  return route && season ? { route, season } : null;
}

/**
 * The stored season of a page, after redirecting to its canonical address
 * (`canonicalPath`). Not found when castlog never stored the season.
 */
export async function requireStoredSeason(
  props: HistoryPageProps,
  canonicalPath: (series: SeriesRef, route: HistoryRoute) => string,
): Promise<RoutedSeason> {
  const found = await findStoredSeason(props);
  if (!found) notFound();

  const { route, season } = found;
  redirectToCanonical(
    route.segment,
    season.series,
    canonicalPath(season.series, route),
  );
  return found;
}

/** The single value of a query parameter, when it was given once. */
export const singleValue = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;
