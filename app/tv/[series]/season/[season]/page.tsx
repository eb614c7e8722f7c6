import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { redirectToCanonical } from "@/app/components/canonical";
import { pageMetadata } from "@/app/components/page-metadata";
import { RateLimited } from "@/app/components/rate-limited";
import { Unavailable } from "@/app/components/unavailable";
import { settleWithin } from "@/lib/async";
import type { LoadResult } from "@/lib/credits/load";
import { getStoredSeries, type SeriesRef } from "@/lib/series";
import { seasonLabel } from "@/lib/series/season-label";
import { seasonFeedPath, seasonPath } from "@/lib/urls";
import "@/app/styles/season.css";
import {
  parseSeasonRoute,
  type SeasonPageProps,
  type SeasonRoute,
} from "./route-params";
import { SeasonCreditsView } from "./season-credits";
import { loadSeasonForRequest } from "./season-load";
import { languageAlternates, SeasonJsonLd } from "./season-seo";

// How long the page waits for TMDB before it streams the loading state. A
// result within this window still gets its true status code (404); after
// it, the status is already 200 and failures render in the stream.
const streamAfterMs = 300;

function redirectToCanonicalSeason(route: SeasonRoute, series: SeriesRef) {
  redirectToCanonical(
    route.segment,
    series,
    seasonPath(series, route.seasonNumber, route.query),
  );
}

/**
 * The series the page shows, for its metadata. A first view of a series
 * stores it, so then this waits for the page's own load rather than fetch
 * again. Null when nothing is stored (the page then says why).
 *
 * Only then: Next renders metadata for prefetches too, and a prefetch
 * must not fetch from TMDB. Links within the site lead only to seasons of
 * stored series, so no prefetch comes this way. The price: a first view
 * in a new language lists that language among its hreflang alternates
 * only from the next view on.
 */
async function seriesForMetadata(route: SeasonRoute) {
  const series = await getStoredSeries(route.seriesId);
  if (series) return series;

  const result = await loadSeasonForRequest(route).catch(() => null);
  return result?.ok ? result.value.series : null;
}

export async function generateMetadata(
  props: SeasonPageProps,
): Promise<Metadata> {
  const route = await parseSeasonRoute(props);
  if (!route) return {};
  const series = await seriesForMetadata(route);
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

function Outcome({
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
  return (
    <>
      <SeasonJsonLd data={result.value} />
      <SeasonCreditsView data={result.value} route={route} />
    </>
  );
}

async function Deferred(props: {
  route: SeasonRoute;
  pending: Promise<LoadResult>;
}) {
  return <Outcome route={props.route} result={await props.pending} />;
}

function Loading({ route }: { route: SeasonRoute }) {
  return (
    <p className="loading" role="status">
      {`Fetching the credits of ${seasonLabel(route.seasonNumber)} from TMDB…`}
    </p>
  );
}

export default async function SeasonPage(props: SeasonPageProps) {
  const route = await parseSeasonRoute(props);
  if (!route) notFound();

  const known = await getStoredSeries(route.seriesId);
  if (known) redirectToCanonicalSeason(route, known);

  const pending = loadSeasonForRequest(route);
  const early = await settleWithin(pending, streamAfterMs);
  if (early && "error" in early) throw early.error;
  if (early) return <Outcome route={route} result={early.value} />;

  return (
    <Suspense fallback={<Loading route={route} />}>
      <Deferred route={route} pending={pending} />
    </Suspense>
  );
}
