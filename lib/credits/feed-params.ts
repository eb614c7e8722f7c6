import { z } from "zod";
import { defaultLanguage } from "../urls";
import { describeIssue, languageSchema, queryValues } from "./params";

const feedQuerySchema = z.object({
  language: z.string().optional().pipe(languageSchema),
});

/** A feed's language from its query, or what is wrong with it. */
export function parseFeedLanguage(
  searchParams: URLSearchParams,
): { ok: true; language: string } | { ok: false; message: string } {
  const query = feedQuerySchema.safeParse(queryValues(searchParams));
  if (!query.success) {
    return { ok: false, message: describeIssue(query.error).message };
  }
  return { ok: true, language: query.data.language };
}

/** A feed's path in a language; the default language goes unsaid. */
export function feedPathIn(path: string, language: string): string {
  return language === defaultLanguage
    ? path
    : `${path}?language=${encodeURIComponent(language)}`;
}
