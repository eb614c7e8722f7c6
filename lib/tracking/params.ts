import { z } from "zod";
import {
  languageSchema,
  seasonNumberSchema,
  seriesIdSchema,
} from "../credits/params";

// The tracking forms' fields and the dashboard's query, parsed once where
// they arrive. An empty field counts as left out.

/** A form's text fields by name; empty and non-text values are absent. */
export function formFields(
  form: FormData,
  names: readonly string[],
): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = form.get(name);
      const text = typeof value === "string" ? value.trim() : "";
      return [name, text === "" ? undefined : text];
    }),
  );
}

const seriesField = z.string().pipe(seriesIdSchema);
const seasonField = z.string().pipe(seasonNumberSchema);
const languageField = z.string().optional().pipe(languageSchema);

export const seasonFormSchema = z.object({
  series: seriesField,
  season: seasonField,
  language: languageField,
});

export const seriesFormSchema = z.object({ series: seriesField });

/** The add form: a series id, and a season number to add just that season. */
export const addFormSchema = z.object({
  series: seriesField,
  season: seasonField.optional(),
  language: languageField,
});

export const formNames = ["series", "season", "language"] as const;

/** `?q=`: what to search TMDB for; absent when not searching. */
export const searchQuerySchema = z
  .string({ error: "must be given once" })
  .trim()
  .max(100, "must be at most 100 characters")
  .optional()
  .transform((q) => (q === "" ? undefined : q));
