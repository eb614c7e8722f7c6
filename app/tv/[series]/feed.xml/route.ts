import type { NextRequest } from "next/server";
import {
  atomResponse,
  feedError,
  permanentRedirectTo,
} from "@/lib/credits/feed-response";
import { feedPathIn, parseFeedLanguage } from "@/lib/credits/feed-params";
import { seriesSegmentSchema } from "@/lib/credits/params";
import { getSeriesFeed } from "@/lib/credits/season-history";
import { getStoredSeries, seriesSegment } from "@/lib/series";
import { seriesFeedPath } from "@/lib/urls";

type Context = { params: Promise<{ series: string }> };

/** The Atom feed of the credit changes of every stored season of a series. */
export async function GET(request: NextRequest, context: Context) {
  const params = await context.params;
  const segment = seriesSegmentSchema.safeParse(params.series);
  if (!segment.success) return feedError(404, "No such series.");
  const query = parseFeedLanguage(request.nextUrl.searchParams);
  if (!query.ok) return feedError(400, query.message);

  const { language } = query;
  const series = await getStoredSeries(segment.data.id);
  if (!series) return feedError(404, "castlog has not stored this series.");
  if (params.series !== seriesSegment(series)) {
    return permanentRedirectTo(feedPathIn(seriesFeedPath(series), language));
  }

  return atomResponse(await getSeriesFeed(series, language));
}
