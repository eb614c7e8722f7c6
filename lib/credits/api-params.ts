import type { z } from "zod";
import { badRequest } from "../http";
import {
  describeIssue,
  queryValues,
  seasonNumberSchema,
  seriesIdSchema,
} from "./params";

/** The path segments of the season routes of the JSON API, as received. */
export type SeasonApiSegments = { seriesId: string; seasonNumber: string };

export type SeasonApiRequest<Query> =
  | { ok: true; seriesId: number; seasonNumber: number; query: Query }
  | { ok: false; response: Response };

/**
 * The season routes' path segments and query (read with `querySchema`),
 * or the 400 response naming the first parameter that is wrong: the
 * series id, then the season number, then the query.
 */
export function parseSeasonApiRequest<Schema extends z.ZodType>(
  segments: SeasonApiSegments,
  searchParams: URLSearchParams,
  querySchema: Schema,
): SeasonApiRequest<z.output<Schema>> {
  const seriesId = seriesIdSchema.safeParse(segments.seriesId);
  if (!seriesId.success) {
    const message = "series_id must be a positive integer";
    return { ok: false, response: badRequest("series_id", message) };
  }

  const seasonNumber = seasonNumberSchema.safeParse(segments.seasonNumber);
  if (!seasonNumber.success) {
    const message = "season_number must be a season number (0 for specials)";
    return { ok: false, response: badRequest("season_number", message) };
  }

  const query = querySchema.safeParse(queryValues(searchParams));
  if (!query.success) {
    const issue = describeIssue(query.error);
    return { ok: false, response: badRequest(issue.parameter, issue.message) };
  }

  return {
    ok: true,
    seriesId: seriesId.data,
    seasonNumber: seasonNumber.data,
    query: query.data,
  };
}
