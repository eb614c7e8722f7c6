import type { ReactElement } from "react";
import { notFound } from "next/navigation";
import { redirectToCanonical } from "@/app/components/canonical";
import { Unavailable } from "@/app/components/unavailable";
import type { SeriesRef } from "@/lib/series";
import { loadSeries } from "@/lib/series/load";

export type SeriesForPage =
  { ok: true; series: SeriesRef } | { ok: false; page: ReactElement };

/**
 * The series a `{series}` page is about, fetched from TMDB when not yet
 * stored. Does not return when TMDB does not know it (404) or when the
 * segment is not `canonicalPath` (permanent redirect); when TMDB cannot
 * be reached, returns the page saying so.
 */
export async function loadSeriesForPage(
  route: { segment: string; seriesId: number },
  canonicalPath: (series: SeriesRef) => string,
): Promise<SeriesForPage> {
  const loaded = await loadSeries(route.seriesId);
  if (!loaded.ok && loaded.kind === "unavailable") {
    const page = (
      <Unavailable retryAfterSeconds={loaded.retryAfterSeconds} what="series" />
    );
    return { ok: false, page };
  }
  if (!loaded.ok) notFound();

  redirectToCanonical(
    route.segment,
    loaded.series,
    canonicalPath(loaded.series),
  );
  return { ok: true, series: loaded.series };
}
