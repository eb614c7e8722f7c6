import type { NextRequest } from "next/server";
import { csvHeaders } from "@/lib/csv";
import {
  diffCsv,
  diffFileName,
  diffJson,
  downloadHeader,
  type ExportSeason,
} from "@/lib/credits/export";
import { diffQuerySchema } from "@/lib/credits/history-params";
import {
  describeIssue,
  queryValues,
  seasonNumberSchema,
  seriesIdSchema,
} from "@/lib/credits/params";
import { getSeasonDiff, getStoredSeason } from "@/lib/credits/season-history";
import { badRequest, json, tmdbNotFound } from "@/lib/http";

type Context = {
  params: Promise<{ seriesId: string; seasonNumber: string }>;
};

/**
 * The diff between two stored snapshots of a season, chosen by time: `to`
 * (default: the latest) against `from` (default: the one before it), as
 * JSON or, with format=csv, as CSV. Never fetches from TMDB.
 */
export async function GET(request: NextRequest, context: Context) {
  const params = await context.params;
  const seriesId = seriesIdSchema.safeParse(params.seriesId);
  if (!seriesId.success)
    return badRequest("series_id", "series_id must be a positive integer");
  const seasonNumber = seasonNumberSchema.safeParse(params.seasonNumber);
  if (!seasonNumber.success)
    return badRequest(
      "season_number",
      "season_number must be a season number (0 for specials)",
    );
  const query = diffQuerySchema.safeParse(
    queryValues(request.nextUrl.searchParams),
  );
  if (!query.success) {
    const issue = describeIssue(query.error);
    return badRequest(issue.parameter, issue.message);
  }

  const { language, from, to, format } = query.data;
  const season = await getStoredSeason({
    seriesId: seriesId.data,
    seasonNumber: seasonNumber.data,
    language,
  });
  if (!season) return tmdbNotFound();
  const result = await getSeasonDiff(season, { from, to });
  if (!result.ok) return tmdbNotFound();

  const exported: ExportSeason = {
    series: season.series,
    seasonNumber: seasonNumber.data,
    language,
  };
  if (format === "csv") {
    return new Response(diffCsv(result.value.diff), {
      headers: csvHeaders(diffFileName(exported, result.value, "csv")),
    });
  }
  const download =
    format === "json"
      ? downloadHeader(diffFileName(exported, result.value, "json"))
      : {};
  return json(diffJson(exported, result.value), 200, download);
}
