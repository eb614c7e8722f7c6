import "server-only";
import type { SessionUser } from "../auth/accounts";
import { viewerTmdbToken } from "../auth/session";
import { getTmdbClient, type SeriesSearchResult } from "../tmdb";
import type { TrackingFailure } from "./with-token";

// TMDB's search answers in one language; series names are shown in the
// one castlog stores them in.
const searchLanguage = "en-US";

/**
 * Series whose names match the query, from TMDB's search with the
 * viewer's own token.
 */
export async function searchSeriesForViewer(
  viewer: SessionUser,
  query: string,
): Promise<
  | { ok: true; results: SeriesSearchResult[] }
  | { ok: false; failure: TrackingFailure }
> {
  const token = await viewerTmdbToken(viewer);
  if (!token) return { ok: false, failure: "token_invalid" };

  const found = await getTmdbClient().searchSeries(token.token, {
    query,
    language: searchLanguage,
  });
  if (found.ok) return { ok: true, results: found.data.results };
  if (found.error.kind === "unauthorized") {
    await token.onRejected();
    return { ok: false, failure: "token_rejected" };
  }
  return { ok: false, failure: "unavailable" };
}
