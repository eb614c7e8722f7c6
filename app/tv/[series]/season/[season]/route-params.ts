import {
  queryValues,
  seasonNumberSchema,
  seasonQuerySchema,
  seriesSegmentSchema,
} from "@/lib/credits/params";
import { creditFilterSchema } from "@/lib/credits/filter";

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
  /** `as_of` was given but malformed, so the latest version is shown. */
  asOfIgnored: boolean;
  /** Text to narrow the cast and crew to, from `q`. */
  filter: string | undefined;
  /** `q` was given but malformed, so every entry is shown. */
  filterIgnored: boolean;
  /** The query as given, for redirects that keep it. */
  query: Record<string, string | undefined>;
};

// The language picks which history exists at all, so a malformed one is
// a 404 like a malformed path; a malformed moment only falls back to now.
const languageQuerySchema = seasonQuerySchema.pick({ language: true });
const asOfQuerySchema = seasonQuerySchema.pick({ as_of: true });

/** The page's parameters, or null when the path or language is malformed. */
export async function parseSeasonRoute(
  props: SeasonPageProps,
): Promise<SeasonRoute | null> {
  const params = await props.params;
  const raw = queryValues(await props.searchParams);
  const series = seriesSegmentSchema.safeParse(params.series);
  const season = seasonNumberSchema.safeParse(params.season);
  const language = languageQuerySchema.safeParse(raw);
  if (!series.success || !season.success || !language.success) return null;

  const asOf = asOfQuerySchema.safeParse(raw);
  const filter = creditFilterSchema.safeParse(raw.q);
  return {
    segment: params.series,
    seriesId: series.data.id,
    seasonNumber: season.data,
    language: language.data.language,
    asOf: asOf.success ? asOf.data.as_of : undefined,
    asOfIgnored: !asOf.success,
    filter: filter.success ? filter.data : undefined,
    filterIgnored: !filter.success,
    query: {
      language: language.data.language,
      as_of: typeof raw.as_of === "string" ? raw.as_of : undefined,
      q: typeof raw.q === "string" ? raw.q : undefined,
    },
  };
}
