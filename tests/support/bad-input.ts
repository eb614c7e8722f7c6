import fc from "fast-check";
import { z } from "zod";
import { exportFormatSchema } from "@/lib/credits/history-params";
import {
  asOfSchema,
  languageSchema,
  seasonNumberSchema,
  seriesIdSchema,
  seriesSegmentSchema,
} from "@/lib/credits/params";
import { matrixSorts } from "@/lib/series/matrix";

// Generated values that a schema refuses: random text of every kind, and
// the near misses people and scripts actually send.

const nearMisses = [
  "0",
  "-1",
  "01",
  "1.5",
  "1e3",
  "0x1f",
  "2147483648",
  "99999999999999999999",
  "１２",
  " 1",
  "1 ",
  "NaN",
  "Infinity",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "%",
  "%00",
  "\u0000",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "${7*7}",
  "EN-us",
  "en_US",
  "english",
  "2025-13-01",
  "2025-02-30",
  "2025-01-01T25:00:00Z",
  "2025-01-01T00:00:00",
  "tomorrow",
  "1-",
  "1--slug",
  "1-Slug",
  "a".repeat(5000),
];

const generatedText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(...nearMisses),
);

/** Text the schema refuses, and that survives being put in a URL. */
export function refusedBy(schema: z.ZodType): fc.Arbitrary<string> {
  return generatedText.filter((value) => {
    if (schema.safeParse(value).success) return false;
    try {
      encodeURIComponent(value);
      return true;
    } catch {
      return false; // a lone surrogate cannot be sent at all
    }
  });
}

/** A path segment the schema refuses; never one a URL would resolve away. */
export function refusedSegment(schema: z.ZodType): fc.Arbitrary<string> {
  return refusedBy(schema).filter(
    (value) => value !== "" && value !== "." && value !== "..",
  );
}

export const badSeriesSegment = refusedSegment(seriesSegmentSchema);
export const badSeriesId = refusedSegment(seriesIdSchema);
export const badSeasonNumber = refusedSegment(seasonNumberSchema);
export const badPersonId = badSeriesId;
export const badLanguage = refusedBy(languageSchema.unwrap());
export const badMoment = refusedBy(asOfSchema).filter((v) => v !== "");
export const badFormat = refusedBy(exportFormatSchema).filter((v) => v !== "");
export const badSort = refusedBy(z.enum(matrixSorts)).filter((v) => v !== "");
/** Any text at all that a URL can carry. */
export const anyText = refusedBy(z.never());

/** A moment castlog cannot have stored anything at: before 2001. */
export const momentBeforeHistory = fc
  .date({
    noInvalidDate: true,
    min: new Date("1970-01-01"),
    max: new Date("2000-12-31"),
  })
  .map((date) => date.toISOString());

/** A query string with `name` set to `value`. */
export const withParam = (name: string, value: string) =>
  `?${new URLSearchParams({ [name]: value })}`;
