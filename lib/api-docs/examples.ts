import {
  seasonApiPath,
  seasonDiffApiPath,
  seasonFeedPath,
  seriesFeedPath,
} from "../urls";
import type { ExampleSeason } from "./example-season";

/** What an example answers: its status and the type of its body. */
export type ExampleAnswer = "JSON" | "CSV" | "Atom" | "400 JSON" | "404 JSON";

export type Example = { url: string; answer: ExampleAnswer; what: string };

export type ApiExamples = {
  credits: Example[];
  diff: Example[];
  feeds: Example[];
  errors: Example[];
};

/**
 * Absolute example URLs for every endpoint, on a season the site can
 * answer for. Times come from the season's stored versions, so that the
 * as_of, from and to examples choose real versions.
 */
export function buildApiExamples(
  siteUrl: string,
  season: ExampleSeason,
): ApiExamples {
  const { series, seasonNumber, language, versions } = season;
  const at = (path: string) => `${siteUrl}${path}`;
  const credits = (params: Record<string, string> = {}) =>
    at(seasonApiPath(series.id, seasonNumber, { language, ...params }));
  const diff = (params: Record<string, string> = {}) =>
    at(seasonDiffApiPath(series.id, seasonNumber, { language, ...params }));
  const languageQuery =
    language === "en-US" ? "" : `?${new URLSearchParams({ language })}`;
  const first = versions?.first.toISOString();
  const latest = versions?.latest.toISOString();

  return {
    credits: [
      { url: credits(), answer: "JSON", what: "The latest version" },
      ...(first
        ? [
            {
              url: credits({ as_of: first }),
              answer: "JSON" as const,
              what: "The version in force at a moment (here, the first)",
            },
          ]
        : []),
      { url: credits({ format: "csv" }), answer: "CSV", what: "As CSV" },
    ],
    diff: [
      {
        url: diff(),
        answer: "JSON",
        what: "The latest version against the one before",
      },
      ...(first && latest
        ? [
            {
              url: diff({ from: first, to: latest }),
              answer: "JSON" as const,
              what: "The first version against the latest",
            },
          ]
        : []),
      { url: diff({ format: "csv" }), answer: "CSV", what: "As CSV" },
    ],
    feeds: [
      {
        url: at(seasonFeedPath({ series, seasonNumber }) + languageQuery),
        answer: "Atom",
        what: "The season's changes",
      },
      {
        url: at(seriesFeedPath(series) + languageQuery),
        answer: "Atom",
        what: "The changes of every stored season of the series",
      },
    ],
    errors: [
      {
        url: credits({ as_of: "yesterday" }),
        answer: "400 JSON",
        what: "A malformed parameter",
      },
      {
        url: credits({ as_of: "2000-01-01" }),
        answer: "404 JSON",
        what: "A moment before the first stored version",
      },
    ],
  };
}
