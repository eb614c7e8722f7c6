import type { NextRequest } from "next/server";
import {
  atomResponse,
  feedError,
  permanentRedirectTo,
} from "@/lib/credits/feed-response";
import { feedPathIn, parseFeedLanguage } from "@/lib/credits/feed-params";
import { seasonNumberSchema, seriesSegmentSchema } from "@/lib/credits/params";
import { getSeasonFeed, getStoredSeason } from "@/lib/credits/season-history";
import { seriesSegment } from "@/lib/series";
import { seasonFeedPath } from "@/lib/urls";

type Context = { params: Promise<{ series: string; season: string }> };

/** The Atom feed of a stored season's credit changes. */
export async function GET(request: NextRequest, context: Context) {
  const params = await context.params;
  const series = seriesSegmentSchema.safeParse(params.series);
  const seasonNumber = seasonNumberSchema.safeParse(params.season);
  if (!series.success || !seasonNumber.success)
    return feedError(404, "No such season.");
  const query = parseFeedLanguage(request.nextUrl.searchParams);
  if (!query.ok) return feedError(400, query.message);

  const { language } = query;
  const season = await getStoredSeason({
    seriesId: series.data.id,
    seasonNumber: seasonNumber.data,
    language,
  });
  if (!season) return feedError(404, "castlog has not stored this season.");
  if (params.series !== seriesSegment(season.series)) {
    const path = seasonFeedPath({
      series: season.series,
      seasonNumber: seasonNumber.data,
    });
    return permanentRedirectTo(feedPathIn(path, language));
  }

  return atomResponse(await getSeasonFeed(season));
}
