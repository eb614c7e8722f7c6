import { JsonLd } from "@/app/components/json-ld";
import { getEnv } from "@/lib/env";
import type { SeasonListing, SeriesRef } from "@/lib/series";
import { buildSeriesJsonLd } from "@/lib/seo";

/** The series and the seasons TMDB lists, as schema.org data. */
export function SeriesJsonLd(props: {
  series: SeriesRef;
  seasons: SeasonListing[];
}) {
  const structured = buildSeriesJsonLd({
    siteUrl: getEnv().SITE_URL,
    series: props.series,
    seasons: props.seasons,
  });
  return <JsonLd data={structured} />;
}
