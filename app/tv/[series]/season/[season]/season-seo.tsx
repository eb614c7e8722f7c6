import { JsonLd } from "@/app/components/json-ld";
import type { SeasonCredits } from "@/lib/credits/load";
import { toCreditsView } from "@/lib/credits/view";
import { getEnv } from "@/lib/env";
import type { SeriesRef } from "@/lib/series";
import {
  buildSeasonJsonLd,
  getSeasonLanguages,
  hreflangAlternates,
} from "@/lib/seo";
import { seasonPath } from "@/lib/urls";
import { seasonLabel } from "@/lib/series/season-label";

/** The season in every stored language, for hreflang. */
export async function languageAlternates(
  series: SeriesRef,
  seasonNumber: number,
) {
  const languages = await getSeasonLanguages(series.id, seasonNumber);
  return hreflangAlternates(languages, (language) =>
    seasonPath(series, seasonNumber, { language }),
  );
}

/** The season as schema.org structured data. */
export function SeasonJsonLd({ data }: { data: SeasonCredits }) {
  const structured = buildSeasonJsonLd({
    siteUrl: getEnv().SITE_URL,
    series: data.series,
    seasonNumber: data.key.seasonNumber,
    seasonName: seasonLabel(data.key.seasonNumber),
    language: data.key.language,
    view: toCreditsView(data.credits),
    modifiedAt: data.snapshot.fetchedAt,
  });
  return <JsonLd data={structured} />;
}
