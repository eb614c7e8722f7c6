import { z } from "zod";

// The home page's search box. A query is free text from anyone, so it is
// cleaned rather than refused: the page never fails on it, and says when
// it changed or dropped what was typed.

export const maxQueryLength = 100;

export type SearchQuery = {
  /** The cleaned query; null when there is nothing to search for. */
  query: string | null;
  /** What the page did with a query it could not use as typed. */
  notice: string | null;
};

// Control characters cannot be typed into a form, and PostgreSQL refuses
// NUL in text, so they become spaces before anything else.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

const cleanText = z
  .string()
  .transform((text) => text.replace(controlCharacters, " "))
  .transform((text) => text.replace(/\s+/g, " ").trim());

const searchParamSchema = z.object({
  q: z
    .string({ error: "was given more than once" })
    .optional()
    .pipe(cleanText.optional()),
});

/** Cuts a query to `maxQueryLength` characters, never inside a pair. */
function capLength(query: string): { text: string; cut: boolean } {
  const characters = Array.from(query);
  if (characters.length <= maxQueryLength) return { text: query, cut: false };
  return {
    text: characters.slice(0, maxQueryLength).join("").trim(),
    cut: true,
  };
}

/** The `q` parameter, cleaned and capped; never throws. */
export function parseSearchQuery(
  raw: Record<string, string | string[] | undefined>,
): SearchQuery {
  const parsed = searchParamSchema.safeParse({ q: raw.q });
  if (!parsed.success) {
    return {
      query: null,
      notice: "Ignored the q parameter: it was given more than once.",
    };
  }

  const cleaned = parsed.data.q ?? "";
  if (cleaned === "") return { query: null, notice: null };
  const { text, cut } = capLength(cleaned);

  return {
    query: text,
    notice: cut
      ? `Searched for the first ${maxQueryLength} characters of q only.`
      : null,
  };
}

/**
 * The query as a case-insensitive LIKE pattern matching it anywhere in a
 * name, with LIKE's own wildcards and escape character taken literally.
 */
export function containsPattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
