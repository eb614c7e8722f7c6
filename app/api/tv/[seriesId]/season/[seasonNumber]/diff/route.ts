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
  parseSeasonApiRequest,
  type SeasonApiSegments,
} from "@/lib/credits/api-params";
import { getSeasonDiff, getStoredSeason } from "@/lib/credits/season-history";
import { json, tmdbNotFound } from "@/lib/http";

type Context = { params: Promise<SeasonApiSegments> };

/**
 * The diff between two stored snapshots of a season, chosen by time: `to`
 * (default: the latest) against `from` (default: the one before it), as
 * JSON or, with format=csv, as CSV. Never fetches from TMDB.
 */
export async function GET(request: NextRequest, context: Context) {
  const parsed = parseSeasonApiRequest(
    await context.params,
    request.nextUrl.searchParams,
    diffQuerySchema,
  );
  if (!parsed.ok) return parsed.response;

  const { seriesId, seasonNumber, query } = parsed;
  const { language, from, to, format } = query;
  const season = await getStoredSeason({ seriesId, seasonNumber, language });
  if (!season) return tmdbNotFound();
  const result = await getSeasonDiff(season, { from, to });
  if (!result.ok) return tmdbNotFound();

  const exported: ExportSeason = {
    series: season.series,
    seasonNumber,
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
