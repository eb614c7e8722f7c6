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
  seriesSegmentSchema,
} from "@/lib/credits/params";
import { getSeriesFeed } from "@/lib/credits/season-history";
import { getStoredSeries, seriesSegment } from "@/lib/series";
import { defaultLanguage, seriesFeedPath } from "@/lib/urls";
import { z } from "zod";

type Context = { params: Promise<{ series: string }> };

const querySchema = z.object({
  language: z.string().optional().pipe(languageSchema),
});

/** The Atom feed of the credit changes of every stored season of a series. */
export async function GET(request: NextRequest, context: Context) {
  const params = await context.params;
  const segment = seriesSegmentSchema.safeParse(params.series);
  if (!segment.success) return feedError(404, "No such series.");
  const query = querySchema.safeParse(
    queryValues(request.nextUrl.searchParams),
  );
  if (!query.success) return feedError(400, describeIssue(query.error).message);

  const { language } = query.data;
  const series = await getStoredSeries(segment.data.id);
  if (!series) return feedError(404, "castlog has not stored this series.");
  if (params.series !== seriesSegment(series)) {
    const search = language === defaultLanguage ? "" : `?language=${language}`;
    return permanentRedirectTo(seriesFeedPath(series) + search);
  }

  return atomResponse(await getSeriesFeed(series, language));
}
