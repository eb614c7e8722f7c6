import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { settleWithin } from "@/lib/async";
import type { LoadResult } from "@/lib/credits/load";
import { getStoredSeries } from "@/lib/series";
import { seasonLabel } from "@/lib/series/season-label";
import "@/app/styles/season.css";
import {
  parseSeasonRoute,
  type SeasonPageProps,
  type SeasonRoute,
} from "./route-params";
import {
  redirectToCanonicalSeason,
  seasonMetadata,
  SeasonOutcome,
} from "./season-outcome";
import { loadSeasonForRequest } from "./season-load";

// How long the page waits for TMDB before it streams the loading state. A
// result within this window still gets its true status code (404); after
// it, the status is already 200 and failures render in the stream.
const streamAfterMs = 300;

/**
 * The series of a season viewed before castlog stored the series: what
 * the page's own load stores, awaited rather than fetched again. Null
 * when that load finds nothing (the page then says why).
 *
 * Only for an unstored series: Next renders metadata for prefetches too,
 * and a prefetch must not fetch from TMDB. Links within the site lead
 * only to seasons of stored series, so no prefetch comes this way. The
 * price: a first view in a new language lists that language among its
 * hreflang alternates only from the next view on.
 */
async function seriesOfFirstView(route: SeasonRoute) {
  const result = await loadSeasonForRequest(route).catch(() => null);
  return result?.ok ? result.value.series : null;
}

export async function generateMetadata(
  props: SeasonPageProps,
): Promise<Metadata> {
  return seasonMetadata(await parseSeasonRoute(props), seriesOfFirstView);
}

async function Deferred(props: {
  route: SeasonRoute;
  pending: Promise<LoadResult>;
}) {
  return <SeasonOutcome route={props.route} result={await props.pending} />;
}

function Loading({ route }: { route: SeasonRoute }) {
  return (
    <p className="loading" role="status">
      {`Fetching the credits of ${seasonLabel(route.seasonNumber)} from TMDB…`}
    </p>
  );
}

/**
 * The season page as rendered for each request. proxy.ts sends anonymous
 * views of a fresh, plainly viewed season to app/cached instead, which
 * renders the same outcome once and keeps it.
 */
export default async function SeasonPage(props: SeasonPageProps) {
  const route = await parseSeasonRoute(props);
  if (!route) notFound();

  const known = await getStoredSeries(route.seriesId);
  if (known) redirectToCanonicalSeason(route, known);

  const pending = loadSeasonForRequest(route);
  const early = await settleWithin(pending, streamAfterMs);
  if (early && "error" in early) throw early.error;
  if (early) return <SeasonOutcome route={route} result={early.value} />;

  return (
    <Suspense fallback={<Loading route={route} />}>
      <Deferred route={route} pending={pending} />
    </Suspense>
  );
}
