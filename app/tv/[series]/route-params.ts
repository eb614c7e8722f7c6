import { queryValues, seriesSegmentSchema } from "@/lib/credits/params";
import {
  parseSeriesQuery,
  type IgnoredParameter,
  type SeriesQuery,
} from "@/lib/series/params";

export type SeriesPageProps = {
  params: Promise<{ series: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export type SeriesRoute = {
  segment: string;
  seriesId: number;
  query: SeriesQuery;
  ignored: IgnoredParameter[];
  /** The page's own parameters as given, for redirects that keep them. */
  given: Record<string, string | undefined>;
};

/** The page's known query parameters as given, when given once. */
export function givenValues(
  raw: Record<string, string | string[] | undefined>,
  names: string[],
): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = raw[name];
      return [name, typeof value === "string" ? value : undefined];
    }),
  );
}

/**
 * The series page's parameters; null when the series segment is
 * malformed. Malformed query values fall back to their defaults.
 */
export async function parseSeriesRoute(
  props: SeriesPageProps,
): Promise<SeriesRoute | null> {
  const params = await props.params;
  const series = seriesSegmentSchema.safeParse(params.series);
  if (!series.success) return null;

  const raw = queryValues(await props.searchParams);
  const { values, ignored } = parseSeriesQuery(raw);
  return {
    segment: params.series,
    seriesId: series.data.id,
    query: values,
    ignored,
    given: givenValues(raw, ["language", "sort", "from_season", "to_season"]),
  };
}
