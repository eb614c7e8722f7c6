import {
  queryValues,
  seasonNumberSchema,
  seasonQuerySchema,
  seriesSegmentSchema,
} from "@/lib/credits/params";

export type SeasonPageProps = {
  params: Promise<{ series: string; season: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export type SeasonRoute = {
  segment: string;
  seriesId: number;
  seasonNumber: number;
  language: string;
  asOf: Date | undefined;
  /** The query as given, for redirects that keep it. */
  query: Record<string, string | undefined>;
};

/** The page's parameters, or null when any of them is malformed. */
export async function parseSeasonRoute(
  props: SeasonPageProps,
): Promise<SeasonRoute | null> {
  const params = await props.params;
  const raw = queryValues(await props.searchParams);
  const series = seriesSegmentSchema.safeParse(params.series);
  const season = seasonNumberSchema.safeParse(params.season);
  const query = seasonQuerySchema.safeParse(raw);
  if (!series.success || !season.success || !query.success) return null;

  return {
    segment: params.series,
    seriesId: series.data.id,
    seasonNumber: season.data,
    language: query.data.language,
    asOf: query.data.as_of,
    query: {
      language: query.data.language,
      as_of: typeof raw.as_of === "string" ? raw.as_of : undefined,
    },
  };
}
