import { z } from "zod";
import {
  describeIssue,
  languageSchema,
  seasonNumberSchema,
  seriesSegmentSchema,
} from "../credits/params";
import { matrixSorts } from "./matrix";

// Query parameters of the series pages. A malformed one never fails the
// page: it falls back to its default and is reported, so the page can say
// which parameter it ignored.

/** A parameter the page ignored, and why. */
export type IgnoredParameter = { parameter: string; message: string };

/** The single value of a query parameter; repeating it is an error. */
const single = z.string({ error: "must be given once" }).optional();

const seriesQueryShape = {
  language: single.pipe(languageSchema),
  sort: single.pipe(
    z.enum(matrixSorts, { error: "must be total or first" }).default("total"),
  ),
  from_season: single.pipe(seasonNumberSchema.optional()),
  to_season: single.pipe(seasonNumberSchema.optional()),
};

const overlapQueryShape = {
  language: single.pipe(languageSchema),
  with: single.pipe(seriesSegmentSchema.optional()),
};

type Raw = Record<string, string | string[] | undefined>;
type Shape = Record<string, z.ZodType>;
type Parsed<S extends Shape> = { [K in keyof S]: z.output<S[K]> };

/**
 * Parses each parameter on its own: a malformed one takes its default
 * (what the schema gives for an absent value) and is listed as ignored.
 */
function parseEach<S extends Shape>(
  shape: S,
  raw: Raw,
): { values: Parsed<S>; ignored: IgnoredParameter[] } {
  const values = {} as Record<string, unknown>;
  const ignored: IgnoredParameter[] = [];

  for (const [name, schema] of Object.entries(shape)) {
    const result = z.object({ [name]: schema }).safeParse(raw);
    if (result.success) {
      values[name] = result.data[name];
      continue;
    }
    ignored.push(describeIssue(result.error));
    values[name] = z.object({ [name]: schema }).parse({})[name];
  }

  return { values: values as Parsed<S>, ignored };
}

export const parseSeriesQuery = (raw: Raw) => parseEach(seriesQueryShape, raw);

export type SeriesQuery = ReturnType<typeof parseSeriesQuery>["values"];

export const parseOverlapQuery = (raw: Raw) =>
  parseEach(overlapQueryShape, raw);

export type OverlapQuery = ReturnType<typeof parseOverlapQuery>["values"];
