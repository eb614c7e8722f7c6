import "server-only";
import { getViewer, viewerTmdbToken } from "../auth/session";
import { getDb } from "../db";
import { getEnv } from "../env";
import { log } from "../log";
import { getTmdbClient } from "../tmdb";

// Series names are stored in this language (see lib/series/load.ts), so
// TMDB's results are asked for in it too.
const searchLanguage = "en-US";

export type TmdbSeriesMatch = {
  id: number;
  name: string;
  firstAirDate: string | null;
  /** The stored series' slug; null when castlog has not stored it. */
  storedSlug: string | null;
};

export type TmdbSearchResult =
  | { ok: true; series: TmdbSeriesMatch[]; withViewerToken: boolean }
  | { ok: false; reason: "no_token" | "token_rejected" | "unavailable" };

/** The viewer's own token, else the site's; null when there is neither. */
async function chooseToken() {
  const own = await viewerTmdbToken(await getViewer());
  if (own) return { ...own, viewer: true };

  const site = getEnv().TMDB_TOKEN;
  return site ? { token: site, onRejected: null, viewer: false } : null;
}

/**
 * TMDB's series matching the query, each marked stored or not. Reads the
 * session (the viewer's token is used first), so the answer is the
 * viewer's own and must not be shared between viewers.
 */
export async function searchTmdbSeries(
  query: string,
): Promise<TmdbSearchResult> {
  const token = await chooseToken();
  if (!token) return { ok: false, reason: "no_token" };

  const found = await getTmdbClient().searchSeries(token.token, {
    query,
    language: searchLanguage,
  });
  if (!found.ok && found.error.kind === "unauthorized") {
    await token.onRejected?.();
    return { ok: false, reason: "token_rejected" };
  }
  if (!found.ok) {
    log.warn({ kind: found.error.kind }, "TMDB series search failed");
    return { ok: false, reason: "unavailable" };
  }

  const ids = found.data.results.map((series) => series.id);
  const stored = await (
    await getDb()
  ).series.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true },
  });
  const slugs = new Map(stored.map((series) => [series.id, series.slug]));
  return {
    ok: true,
    withViewerToken: token.viewer,
    series: found.data.results.map((series) => ({
      id: series.id,
      name: series.name,
      firstAirDate: series.first_air_date ?? null,
      storedSlug: slugs.get(series.id) ?? null,
    })),
  };
}
