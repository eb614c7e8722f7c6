import { z } from "zod";
import { tmdbErrorKinds } from "../tmdb/errors";

// What the refresh job reports while it runs and when it ends. The cron
// endpoint streams these as JSON lines and the command line parses them
// back, so both sides share these schemas.

/** Why a season or series could not be refreshed. */
export const failureKindSchema = z.enum([
  ...tmdbErrorKinds,
  // None of the users tracking it has a token TMDB still accepts.
  "no_token",
  // A bug or a database failure: logged as an error.
  "error",
]);
export type FailureKind = z.infer<typeof failureKindSchema>;

export const failureCountsSchema = z.partialRecord(
  failureKindSchema,
  z.number().int().min(0),
);
export type FailureCounts = z.infer<typeof failureCountsSchema>;

const count = z.number().int().min(0);

/** Progress through the details of tracked series, which list seasons. */
export const seriesProgressSchema = z.object({
  stage: z.literal("series"),
  done: count,
  total: count,
  failed: failureCountsSchema,
});
export type SeriesProgress = z.infer<typeof seriesProgressSchema>;

/** Progress through the tracked seasons. */
export const seasonProgressSchema = z.object({
  stage: z.literal("seasons"),
  done: count,
  total: count,
  changed: count,
  unchanged: count,
  failed: failureCountsSchema,
});
export type SeasonProgress = z.infer<typeof seasonProgressSchema>;

export type RefreshProgress = SeriesProgress | SeasonProgress;

export const refreshSummarySchema = z.object({
  series: seriesProgressSchema.omit({ stage: true, done: true }).extend({
    refreshed: count,
  }),
  seasons: seasonProgressSchema.omit({ stage: true, done: true }).extend({
    refreshed: count,
  }),
  /** Users whose token TMDB rejected during the run, now marked invalid. */
  rejectedTokens: count,
  /** Requests the TMDB client sent during the run, retries included. */
  tmdbRequests: count,
  durationMs: z.number().min(0),
});
export type RefreshSummary = z.infer<typeof refreshSummarySchema>;

/** One line of the cron endpoint's stream: progress, then the end. */
export const refreshEventSchema = z.discriminatedUnion("stage", [
  seriesProgressSchema,
  seasonProgressSchema,
  z.object({ stage: z.literal("finished"), summary: refreshSummarySchema }),
  z.object({ stage: z.literal("failed"), message: z.string() }),
]);
export type RefreshEvent = z.infer<typeof refreshEventSchema>;
