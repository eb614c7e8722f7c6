import { getEnv } from "../env";
import { seasonLabel } from "../series/season-label";
import {
  seasonDiffPath,
  seasonFeedPath,
  seasonHistoryPath,
  seasonPath,
  seriesFeedPath,
  seriesPath,
} from "../urls";
import { escapeXml, renderAtom, type AtomEntry } from "./atom";
import { describeChanges } from "./diff-text";
import { feedPathIn } from "./feed-params";
import type { SeasonChange } from "./history";

/** Feeds list this many of the newest changes. */
export const feedEntryLimit = 50;

export type FeedSeries = { id: number; name: string; slug: string };

type FeedContext = { series: FeedSeries; language: string; siteUrl: string };

// Tag URIs (RFC 4151) name entries by the site's host and a fixed year, so
// an entry keeps its id for as long as the site keeps its host.
const tag = (siteUrl: string, specific: string) =>
  `tag:${new URL(siteUrl).hostname},2026:castlog/${specific}`;

function contentHtml(change: SeasonChange): string {
  const counts = `<p>${change.castCount} cast, ${change.crewCount} crew.</p>`;
  if (!change.diff) return counts;

  const groups = describeChanges(change.diff).map(
    (group) =>
      `<h3>${escapeXml(group.heading)}</h3><ul>` +
      group.items
        .map(
          (i) => `<li>${escapeXml(i.person.name)}: ${escapeXml(i.text)}</li>`,
        )
        .join("") +
      "</ul>",
  );
  return counts + groups.join("");
}

function toEntry(change: SeasonChange, context: FeedContext): AtomEntry {
  const { series, language, siteUrl } = context;
  const season = { series, seasonNumber: change.seasonNumber };
  const at = change.fetchedAt.toISOString();
  const page = change.diff
    ? seasonDiffPath(season, { to: at, language })
    : seasonPath(series, change.seasonNumber, { as_of: at, language });

  return {
    id: tag(siteUrl, `snapshot/${change.id}`),
    title:
      `${series.name} ${seasonLabel(change.seasonNumber)}: ` + change.summary,
    updated: change.fetchedAt,
    link: `${siteUrl}${page}`,
    summary: change.summary,
    contentHtml: contentHtml(change),
  };
}

/** What tells one feed from another; the rest follows from the changes. */
type FeedHead = {
  /** Names the feed for good, with its language appended. */
  idPath: string;
  title: string;
  subtitle: string;
  feedPath: string;
  pagePath: string;
};

function renderFeed(
  head: FeedHead,
  changes: SeasonChange[],
  fallbackUpdated: Date,
  context: FeedContext,
): string {
  const { language, siteUrl } = context;

  return renderAtom({
    id: tag(siteUrl, `${head.idPath}/${language}`),
    title: head.title,
    subtitle: head.subtitle,
    updated: changes[0]?.fetchedAt ?? fallbackUpdated,
    author: { name: "castlog", uri: `${siteUrl}/` },
    selfUrl: siteUrl + feedPathIn(head.feedPath, language),
    alternateUrl: siteUrl + head.pagePath,
    entries: changes.map((change) => toEntry(change, context)),
  });
}

/**
 * The Atom feed of one season's credit changes, one entry per snapshot
 * (newest first, as given). `fallbackUpdated` dates a feed with no entry.
 */
export function buildSeasonFeed(
  series: FeedSeries,
  seasonNumber: number,
  language: string,
  changes: SeasonChange[],
  fallbackUpdated: Date,
  siteUrl = getEnv().SITE_URL,
): string {
  const context = { series, language, siteUrl };
  const season = { series, seasonNumber };
  const name = `${series.name}: ${seasonLabel(seasonNumber)}`;
  const head = {
    idPath: `tv/${series.id}/season/${seasonNumber}`,
    title: `${name}, credit changes`,
    subtitle: `Changes to the cast and crew of ${name}, as castlog saw them.`,
    feedPath: seasonFeedPath(season),
    pagePath: seasonHistoryPath(season, { language }),
  };

  return renderFeed(head, changes, fallbackUpdated, context);
}

/** The Atom feed of the credit changes of every stored season of a series. */
export function buildSeriesFeed(
  series: FeedSeries,
  language: string,
  changes: SeasonChange[],
  fallbackUpdated: Date,
  siteUrl = getEnv().SITE_URL,
): string {
  const context = { series, language, siteUrl };
  const head = {
    idPath: `tv/${series.id}`,
    title: `${series.name}, credit changes`,
    subtitle:
      `Changes to the cast and crew of every season of ${series.name} ` +
      "castlog has stored.",
    feedPath: seriesFeedPath(series),
    pagePath: seriesPath(series, { language }),
  };

  return renderFeed(head, changes, fallbackUpdated, context);
}
