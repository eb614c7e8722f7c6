import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { settleWithin } from "@/lib/async";
import { getViewer, viewerTmdbToken } from "@/lib/auth/session";
import { loadSeasonCredits, type LoadResult } from "@/lib/credits/load";
import { countTmdbAction } from "@/lib/limits/requests";
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

// How long the page waits for TMDB before it streams the loading state. A
// result within this window still gets its true status code (404); after
// it, the status is already 200 and failures render in the stream.
const streamAfterMs = 300;

export async function generateMetadata(
  props: SeasonPageProps,
): Promise<Metadata> {
  return seasonMetadata(await parseSeasonRoute(props));
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

  // A signed-in viewer fetches with their own token; others with the site's.
  const viewer = await getViewer();
  const viewerToken = await viewerTmdbToken(viewer);
  const pending = loadSeasonCredits(route, {
    asOf: route.asOf,
    token: viewerToken?.token,
    onTokenRejected: viewerToken?.onRejected,
    mayFetch: () => countTmdbAction(viewer),
  });
  const early = await settleWithin(pending, streamAfterMs);
  if (early && "error" in early) throw early.error;
  if (early) return <SeasonOutcome route={route} result={early.value} />;

  return (
    <Suspense fallback={<Loading route={route} />}>
      <Deferred route={route} pending={pending} />
    </Suspense>
  );
}
