import { cache } from "react";
import { getViewer, viewerTmdbToken } from "@/lib/auth/session";
import { loadSeasonCredits, type LoadResult } from "@/lib/credits/load";
import { countTmdbAction } from "@/lib/limits/requests";
import type { SeasonRoute } from "./route-params";

// Keyed by plain values, since React's cache compares arguments by
// identity and the page and its metadata each parse their own route.
const loadOnce = cache(
  async (
    seriesId: number,
    seasonNumber: number,
    language: string,
    asOfMs: number | undefined,
  ): Promise<LoadResult> => {
    // A signed-in viewer fetches with their own token; others with the
    // site's.
    const viewer = await getViewer();
    const viewerToken = await viewerTmdbToken(viewer);
    return loadSeasonCredits(
      { seriesId, seasonNumber, language },
      {
        asOf: asOfMs === undefined ? undefined : new Date(asOfMs),
        token: viewerToken?.token,
        onTokenRejected: viewerToken?.onRejected,
        mayFetch: () => countTmdbAction(viewer),
      },
    );
  },
);

/**
 * The season a request shows. Loaded once per request: the page and its
 * metadata share one load, so a first view fetches from TMDB, and counts
 * against the viewer's allowance, once.
 */
export function loadSeasonForRequest(route: SeasonRoute): Promise<LoadResult> {
  return loadOnce(
    route.seriesId,
    route.seasonNumber,
    route.language,
    route.asOf?.getTime(),
  );
}
