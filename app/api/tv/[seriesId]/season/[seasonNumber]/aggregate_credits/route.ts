import type { NextRequest } from "next/server";
import {
  parseSeasonApiRequest,
  type SeasonApiSegments,
} from "@/lib/credits/api-params";
import {
  downloadHeader,
  snapshotCsv,
  snapshotFileName,
} from "@/lib/credits/export";
import { creditsQuerySchema } from "@/lib/credits/history-params";
import { loadSeasonCredits } from "@/lib/credits/load";
import { csvHeaders } from "@/lib/csv";
import { countTmdbAction } from "@/lib/limits/requests";
import { isNotModified, json, strongEtag, tmdbNotFound } from "@/lib/http";

type Context = { params: Promise<SeasonApiSegments> };

/**
 * The stored snapshot of a season's aggregate credits in TMDB's own shape:
 * the latest (fetched first when stale and a token is configured), or the
 * one in force at `as_of`. With format=csv, the same snapshot as CSV, one
 * row per role or job; an explicit format=json is offered as a download.
 */
export async function GET(request: NextRequest, context: Context) {
  const parsed = parseSeasonApiRequest(
    await context.params,
    request.nextUrl.searchParams,
    creditsQuerySchema,
  );
  if (!parsed.ok) return parsed.response;

  const { seriesId, seasonNumber, query } = parsed;
  const result = await loadSeasonCredits(
    { seriesId, seasonNumber, language: query.language },
    // The API fetches with the site's token, so it counts by address.
    { asOf: query.as_of, mayFetch: () => countTmdbAction(null) },
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

  const asCsv = query.format === "csv";
  const body = asCsv
    ? snapshotCsv(result.value.credits)
    : JSON.stringify(result.value.credits);
  const etag = strongEtag(body);
  // The content last changed when its snapshot was fetched; later checks
  // that found no change do not make it newer.
  const lastModified = result.value.snapshot.fetchedAt;
  const headers = {
    etag,
    "last-modified": lastModified.toUTCString(),
    "cache-control": "public, max-age=0, must-revalidate",
  };
  if (isNotModified(request, etag, lastModified)) {
    return new Response(null, { status: 304, headers });
  }

  const { series, key, snapshot } = result.value;
  const fileName = (extension: "csv" | "json") =>
    snapshotFileName({ ...key, series }, snapshot.fetchedAt, extension);
  if (asCsv) {
    return new Response(body, {
      headers: { ...csvHeaders(fileName("csv")), ...headers },
    });
  }
  const download =
    query.format === "json" ? downloadHeader(fileName("json")) : {};
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      ...download,
      ...headers,
    },
  });
}
