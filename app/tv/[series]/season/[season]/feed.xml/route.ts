import type { NextRequest } from "next/server";
import {
  atomResponse,
  feedError,
  permanentRedirectTo,
} from "@/lib/credits/feed-response";
import {
  describeIssue,
  languageSchema,
  queryValues,
  seasonNumberSchema,
  seriesSegmentSchema,
} from "@/lib/credits/params";
import { getSeasonFeed, getStoredSeason } from "@/lib/credits/season-history";
import { seriesSegment } from "@/lib/series";
import { defaultLanguage, seasonFeedPath } from "@/lib/urls";
import { z } from "zod";

type Context = { params: Promise<{ series: string; season: string }> };

const querySchema = z.object({
  language: z.string().optional().pipe(languageSchema),
});

/** The Atom feed of a stored season's credit changes. */
export async function GET(request: NextRequest, context: Context) {
  const params = await context.params;
  const series = seriesSegmentSchema.safeParse(params.series);
  const seasonNumber = seasonNumberSchema.safeParse(params.season);
  if (!series.success || !seasonNumber.success)
    return feedError(404, "No such season.");
  const query = querySchema.safeParse(
    queryValues(request.nextUrl.searchParams),
  );
  if (!query.success) return feedError(400, describeIssue(query.error).message);

  const { language } = query.data;
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
    const search = language === defaultLanguage ? "" : `?language=${language}`;
    return permanentRedirectTo(path + search);
  }

  return atomResponse(await getSeasonFeed(season));
}
