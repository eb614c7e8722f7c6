import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { redirectToCanonical } from "@/app/components/canonical";
import { pageMetadata } from "@/app/components/page-metadata";
import { RateLimited } from "@/app/components/rate-limited";
import { Unavailable } from "@/app/components/unavailable";
import type { LoadResult } from "@/lib/credits/load";
import { rememberSeasonPage } from "@/lib/page-cache";
import { getStoredSeries, type SeriesRef } from "@/lib/series";
import { seasonLabel } from "@/lib/series/season-label";
import { seasonFeedPath, seasonPath } from "@/lib/urls";
import type { SeasonRoute } from "./route-params";
import { SeasonCreditsView } from "./season-credits";
import { languageAlternates, SeasonJsonLd } from "./season-seo";

export function redirectToCanonicalSeason(
  route: SeasonRoute,
  series: SeriesRef,
) {
  redirectToCanonical(
    route.segment,
    series,
    seasonPath(series, route.seasonNumber, route.query),
  );
}

/**
 * The season page's metadata, from what is stored of its series, or else
 * from what `firstView` finds of it (the series a first view stores).
 */
export async function seasonMetadata(
  route: SeasonRoute | null,
  firstView?: (route: SeasonRoute) => Promise<SeriesRef | null>,
): Promise<Metadata> {
  if (!route) return {};
  const series =
    (await getStoredSeries(route.seriesId)) ??
    (await firstView?.(route)) ??
    null;
  if (!series) return { title: seasonLabel(route.seasonNumber) };

  const title = `${series.name}: ${seasonLabel(route.seasonNumber)}`;
  const feed = seasonFeedPath({ series, seasonNumber: route.seasonNumber });
  // Any as_of, even an ignored one, makes this a view of the canonical page.
  const asOfView = route.asOf || route.asOfIgnored;
  return pageMetadata({
    title: `${title}, full cast & crew`,
    description: `Full cast & crew of ${title}: every role and job with its episode count, and how the credits changed over time.`,
    path: seasonPath(series, route.seasonNumber, {
      language: route.language,
    }),
    languages: await languageAlternates(series, route.seasonNumber),
    types: {
      "application/atom+xml": [
        { url: feed, title: `Credit changes of ${title}` },
      ],
    },
    index: !asOfView,
    largeImage: true,
  });
}

/** The season page for a load's result: its credits or why there are none. */
export function SeasonOutcome({
  route,
  result,
}: {
  route: SeasonRoute;
  result: LoadResult;
}) {
  if (!result.ok) {
    const { failure } = result;
    if (failure.kind === "unavailable") {
      return <Unavailable retryAfterSeconds={failure.retryAfterSeconds} />;
    }
    if (failure.kind === "rate_limited") {
      return <RateLimited retryAfterSeconds={failure.retryAfterSeconds} />;
    }
    notFound();
  }

  redirectToCanonicalSeason(route, result.value.series);
  rememberSeasonPage(route, result.value);
  return (
    <>
      <SeasonJsonLd data={result.value} />
      <SeasonCreditsView data={result.value} route={route} />
    </>
  );
}
