import { seriesSegment } from "./series/slug";

export const defaultLanguage = "en-US";

type SeriesLike = { id: number; slug: string };

/** Extra query parameters, dropping the default language. */
function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (key === "language" && value === defaultLanguage) continue;
    search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The canonical path of a season page. */
export function seasonPath(
  series: SeriesLike,
  seasonNumber: number,
  params: Record<string, string | undefined> = {},
): string {
  return `/tv/${seriesSegment(series)}/season/${seasonNumber}${query(params)}`;
}

/** The JSON API path of a season's aggregate credits. */
export function seasonApiPath(
  seriesId: number,
  seasonNumber: number,
  params: Record<string, string | undefined> = {},
): string {
  return (
    `/api/tv/${seriesId}/season/${seasonNumber}/aggregate_credits` +
    query(params)
  );
}
