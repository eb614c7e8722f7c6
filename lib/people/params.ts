import { z } from "zod";
import { languageSchema, seriesIdSchema } from "../credits/params";
import { defaultLanguage } from "../urls";

// Parameters of the person page. A person id has the same form as a series
// id: TMDB's positive 32-bit integers.
export const personIdSchema = seriesIdSchema;

export type PersonQuery = {
  language: string;
  /** Query parameters that were malformed and replaced by their default. */
  ignored: string[];
};

const personLanguageSchema = z.string().optional().pipe(languageSchema);

/**
 * Reads the page's query. A malformed or repeated `language` falls back to
 * the default and is reported, so the page can say so instead of failing.
 */
export function parsePersonQuery(
  raw: Record<string, string | string[] | undefined>,
): PersonQuery {
  const language = personLanguageSchema.safeParse(raw.language);
  if (language.success) return { language: language.data, ignored: [] };

  return { language: defaultLanguage, ignored: ["language"] };
}
