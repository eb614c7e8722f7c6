import { z } from "zod";
import { asOfSchema, languageSchema, seasonQuerySchema } from "./params";

// Query parameters of the history and diff views. The JSON API rejects
// any malformed value; pages fall back to the default and say so.

const single = z.string().optional();

export const exportFormatSchema = single.pipe(
  z.enum(["json", "csv"], { error: "must be json or csv" }).optional(),
);

export type ExportFormat = "json" | "csv";

/** The credits API's query: a season's language, `as_of` and `format`. */
export const creditsQuerySchema = seasonQuerySchema.extend({
  format: exportFormatSchema,
});

export const diffQuerySchema = z
  .object({
    language: single.pipe(languageSchema),
    from: single.pipe(asOfSchema.optional()),
    to: single.pipe(asOfSchema.optional()),
    format: exportFormatSchema,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ["from"],
    error: "must not be after to",
  });

export type DiffQuery = z.infer<typeof diffQuerySchema>;

export type PageRange = {
  from?: Date;
  to?: Date;
  /** Parameters that were given but ignored, with the reason. */
  ignored: { parameter: string; reason: string }[];
};

const moment = single.pipe(asOfSchema.optional());

/**
 * `from` and `to` for a page: an empty one means the default, each
 * malformed one is ignored, and both are when `from` comes after `to`;
 * every ignored one is named.
 */
export function parsePageRange(
  raw: Record<string, string | string[] | undefined>,
): PageRange {
  const range: PageRange = { ignored: [] };

  for (const parameter of ["from", "to"] as const) {
    // A form's "default" choice submits an empty value.
    const value = raw[parameter] === "" ? undefined : raw[parameter];
    const parsed = moment.safeParse(value);
    if (parsed.success) range[parameter] = parsed.data;
    else {
      range.ignored.push({
        parameter,
        reason: "is not a date (YYYY-MM-DD) or an ISO 8601 date-time",
      });
    }
  }

  if (range.from && range.to && range.from > range.to) {
    range.ignored.push({ parameter: "from", reason: "comes after to" });
    return { ignored: range.ignored };
  }
  return range;
}
