import { permanentRedirect } from "next/navigation";
import { seriesSegment, type SeriesRef } from "@/lib/series";

/**
 * Redirects permanently to `canonicalPath` when the series segment of the
 * request (`segment`) is not the series' canonical `{id}-{slug}` form.
 * Returns normally when it already is.
 */
export function redirectToCanonical(
  segment: string,
  series: Pick<SeriesRef, "id" | "slug">,
  canonicalPath: string,
): void {
  if (segment === seriesSegment(series)) return;
  permanentRedirect(canonicalPath);
}
