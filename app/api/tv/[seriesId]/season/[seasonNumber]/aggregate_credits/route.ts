import type { NextRequest } from "next/server";
import {
  describeIssue,
  queryValues,
  seasonNumberSchema,
  seasonQuerySchema,
  seriesIdSchema,
} from "@/lib/credits/params";
import { loadSeasonCredits } from "@/lib/credits/load";
import { countTmdbAction } from "@/lib/limits/requests";
import {
  badRequest,
  isNotModified,
  json,
  strongEtag,
  tmdbNotFound,
} from "@/lib/http";

type Context = {
  params: Promise<{ seriesId: string; seasonNumber: string }>;
};

/**
 * The stored snapshot of a season's aggregate credits in TMDB's own shape:
 * the latest (fetched first when stale and a token is configured), or the
 * one in force at `as_of`.
 */
export async function GET(request: NextRequest, context: Context) {
  const params = await context.params;
  const seriesId = seriesIdSchema.safeParse(params.seriesId);
  if (!seriesId.success)
    return badRequest("series_id", "series_id must be a positive integer");
  const season = seasonNumberSchema.safeParse(params.seasonNumber);
  if (!season.success)
    return badRequest(
      "season_number",
      "season_number must be a season number (0 for specials)",
    );
  const query = seasonQuerySchema.safeParse(
    queryValues(request.nextUrl.searchParams),
  );
  if (!query.success) {
    const issue = describeIssue(query.error);
    return badRequest(issue.parameter, issue.message);
  }

  const result = await loadSeasonCredits(
    {
      seriesId: seriesId.data,
      seasonNumber: season.data,
      language: query.data.language,
    },
    // The API fetches with the site's token, so it counts by address.
    { asOf: query.data.as_of, mayFetch: () => countTmdbAction(null) },
  );
  if (!result.ok && result.failure.kind === "rate_limited") {
    return json(
      {
        success: false,
        // TMDB's own code for "over the request limit".
        status_code: 25,
        status_message:
          "Too many requests that reach TMDB; castlog has not stored this season.",
      },
      429,
      { "retry-after": String(result.failure.retryAfterSeconds) },
    );
  }
  if (!result.ok && result.failure.kind === "unavailable") {
    const retryAfter = String(result.failure.retryAfterSeconds);
    return json(
      {
        success: false,
        status_code: 503,
        status_message:
          "TMDB is unavailable and castlog has not stored this season.",
      },
      503,
      { "retry-after": retryAfter },
    );
  }
  if (!result.ok) return tmdbNotFound();

  const body = JSON.stringify(result.value.credits);
  const etag = strongEtag(body);
  const lastModified = result.value.checkedAt;
  const headers = {
    etag,
    "last-modified": lastModified.toUTCString(),
    "cache-control": "public, max-age=0, must-revalidate",
  };
  if (isNotModified(request, etag, lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, {
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}
