import "server-only";
import type { SeasonCredits } from "../credits/load";
import { getEnv } from "../env";
import { defaultLanguage, seasonPath } from "../urls";
import { hearsPageChanges } from "./changes";
import { rememberPage } from "./registry";

/** What a season page shows besides the latest snapshot. */
type View = { asOf?: Date; filter?: string; language: string };

/**
 * Lets the next anonymous views of a season page be answered from a cached
 * render, if this one shows the latest snapshot, plainly, while it is
 * fresh. Views with a notice (TMDB failed, or no longer lists the season)
 * are not cached, so the next view tries TMDB again.
 */
export function rememberSeasonPage(view: View, data: SeasonCredits): void {
  const plain = !view.asOf && !view.filter && view.language === defaultLanguage;
  if (!plain || data.notice) return;

  // With other processes on the database, only while their writes reach
  // this process's cache (changes.ts).
  const env = getEnv();
  if (env.DATABASE_URL && !hearsPageChanges(env.DATABASE_URL)) return;

  const maxAgeMs = env.CREDITS_MAX_AGE_SECONDS * 1000;
  const freshUntil = data.checkedAt.getTime() + maxAgeMs;
  if (freshUntil <= Date.now()) return;

  rememberPage(seasonPath(data.series, data.key.seasonNumber), freshUntil);
}
