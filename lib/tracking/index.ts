import "server-only";
import type { SeasonKey } from "../credits/ingest";
import { getDb } from "../db";
import { getEnv } from "../env";
import { readDashboard, type Dashboard } from "./dashboard";
import { readFeedChanges } from "./feed";
import { findFeedOwner, readFeedKey, regenerateFeedKey } from "./feed-key";
import { untrackSeason, untrackSeries } from "./tracks";
import { writeUserFeed } from "./user-feed";
import { recordVisit } from "./visits";

export type { Dashboard, SeriesStatus } from "./dashboard";
export type { SeasonStatus } from "./status";
export type { ChangeSummary } from "./changes";

// Each function takes the signed-in user's id from the caller, which must
// have it from the session, never from a request's parameters.

/**
 * The user's dashboard, recording this view as a visit: what changed is
 * counted from the visit before the current one.
 */
export async function getDashboard(
  userId: number,
): Promise<Dashboard & { previousVisitAt: Date | null }> {
  const db = await getDb();
  const { previousVisitAt } = await recordVisit(db, userId);
  const dashboard = await readDashboard(db, userId, previousVisitAt);
  return { ...dashboard, previousVisitAt };
}

export async function stopTrackingSeason(userId: number, key: SeasonKey) {
  return untrackSeason(await getDb(), userId, key);
}

export async function stopTrackingSeries(userId: number, seriesId: number) {
  return untrackSeries(await getDb(), userId, seriesId);
}

/** The path of the user's private feed; null when the user is gone. */
export async function getFeedPath(userId: number): Promise<string | null> {
  const feedKey = await readFeedKey(await getDb(), userId);
  return feedKey ? userFeedPath(feedKey) : null;
}

export const userFeedPath = (feedKey: string) => `/feeds/${feedKey}.xml`;

/** Replaces the feed's secret key; the old address stops working. */
export async function regenerateFeed(userId: number): Promise<void> {
  await regenerateFeedKey(await getDb(), userId);
}

/**
 * The Atom feed the key opens, or null for a key that opens none (which
 * callers must answer exactly as any other unknown address).
 */
export async function getUserFeed(feedKey: string): Promise<string | null> {
  const db = await getDb();
  const owner = await findFeedOwner(db, feedKey);
  if (!owner) return null;

  const siteUrl = getEnv().SITE_URL;
  return writeUserFeed(await readFeedChanges(db, owner.id), {
    siteUrl,
    selfUrl: `${siteUrl}${userFeedPath(feedKey)}`,
    fallbackUpdated: owner.createdAt,
  });
}
