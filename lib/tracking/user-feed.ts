import { seasonLabel } from "../series/season-label";
import { defaultLanguage, seasonDiffPath } from "../urls";
import { writeAtomFeed, type AtomEntry } from "./atom";
import type { FeedChange } from "./feed";

export type UserFeedContext = {
  /** The site's base URL, without a trailing slash. */
  siteUrl: string;
  /** The feed's own absolute URL (it holds the user's secret key). */
  selfUrl: string;
  /** Dates a feed with no entries. */
  fallbackUpdated: Date;
};

// Tag URIs (RFC 4151) built from the site's host: the same snapshot gets
// the same entry id here as in the season's public feed.
const snapshotTag = (siteUrl: string, snapshotId: number) =>
  `tag:${new URL(siteUrl).hostname},2026:castlog/snapshot/${snapshotId}`;

function describeChange(change: FeedChange): string {
  const n = change.changedEntries;
  return n === 1 ? "1 credit changed" : `${n} credits changed`;
}

function toEntry(change: FeedChange, siteUrl: string): AtomEntry {
  const { key, series } = change;
  const language = key.language === defaultLanguage ? "" : ` (${key.language})`;
  const diff = seasonDiffPath(
    { series, seasonNumber: key.seasonNumber },
    { to: change.fetchedAt.toISOString(), language: key.language },
  );

  return {
    id: snapshotTag(siteUrl, change.snapshotId),
    title: `${series.name}: ${seasonLabel(key.seasonNumber)}${language}: ${describeChange(change)}`,
    updated: change.fetchedAt,
    link: `${siteUrl}${diff}`,
    summary: describeChange(change),
  };
}

/**
 * The private Atom feed of a user's tracked changes. Its id is its own
 * address, so regenerating the key starts a new feed for readers too.
 */
export function writeUserFeed(
  changes: FeedChange[],
  context: UserFeedContext,
): string {
  const { siteUrl, selfUrl } = context;

  return writeAtomFeed({
    id: selfUrl,
    title: "castlog: changes in the seasons you track",
    updated: changes[0]?.fetchedAt ?? context.fallbackUpdated,
    authorName: "castlog",
    selfUrl,
    alternateUrl: `${siteUrl}/dashboard`,
    entries: changes.map((change) => toEntry(change, siteUrl)),
  });
}
