import { z } from "zod";

// Route and query parameters of the season pages and the JSON API, parsed
// once at the edge. Every schema rejects rather than guesses.

const maxId = 2 ** 31 - 1;

export const seriesSegmentSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}(-[a-z0-9]+(-[a-z0-9]+)*)?$/, "must be an id or id-slug")
  .transform((segment) => {
    const [id, ...slug] = segment.split("-");
    return { id: Number(id), slug: slug.join("-") };
  })
  .refine((series) => series.id <= maxId, "is too large");

export const seriesIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "must be a positive integer")
  .transform(Number)
  .refine((id) => id <= maxId, "is too large");

export const seasonNumberSchema = z
  .string()
  .regex(/^(0|[1-9]\d{0,3})$/, "must be a season number (0 for specials)")
  .transform(Number);

/** TMDB's forms: an ISO 639-1 code, optionally with an ISO 3166-1 region. */
export const languagePattern = /^[a-z]{2}(-[A-Z]{2})?$/;

export const languageSchema = z
  .string()
  .regex(languagePattern, "must look like en or en-US")
  .default("en-US");

const endOfDay = (date: string) => new Date(`${date}T23:59:59.999Z`);

/**
 * A moment: an ISO 8601 date-time with an offset, or a date, which means
 * the end of that day in UTC.
 */
export const asOfSchema = z.union(
  [
    z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    z.iso.date().transform(endOfDay),
  ],
  {
    error: "must be an ISO 8601 date-time with offset, or a date (YYYY-MM-DD)",
  },
);

/** The single value of a query parameter; repeating it is an error. */
const single = z.string().optional();

export const seasonQuerySchema = z.object({
  language: single.pipe(languageSchema),
  as_of: single.pipe(asOfSchema.optional()),
});

export type SeasonQuery = z.infer<typeof seasonQuerySchema>;

/** Reads URLSearchParams or Next's searchParams object into plain values. */
export function queryValues(
  source: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[] | undefined> {
  if (!(source instanceof URLSearchParams)) return source;

  const values: Record<string, string | string[]> = {};
  for (const key of new Set(source.keys())) {
    const all = source.getAll(key);
    values[key] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

/** The first issue of a failed parse as "name: message". */
export function describeIssue(error: z.ZodError): {
  parameter: string;
  message: string;
} {
  const issue = error.issues[0];
  const parameter = String(issue?.path[0] ?? "parameter");
  return {
    parameter,
    message: `${parameter} ${issue?.message ?? "is invalid"}`,
  };
}
