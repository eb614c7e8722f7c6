import "server-only";
import { getDb } from "../db";
import { findSeries, type SeriesRef } from "../series/store";
import {
  readSnapshotDiff,
  type SnapshotDiff,
  type SnapshotRange,
} from "./compare";
import { buildSeasonFeed, buildSeriesFeed, feedEntryLimit } from "./feed";
import {
  listSnapshots,
  readSeasonChanges,
  readSeasonTimeline,
  readSeriesChanges,
  type SeasonTimeline,
} from "./history";
import type { SeasonKey } from "./ingest";
import { findSeason } from "./snapshots";

// The history views read only what castlog stored: none of them fetches
// from TMDB, so an unknown season is simply not found.

export type StoredSeason = {
  series: SeriesRef;
  key: SeasonKey;
  seasonId: number;
  checkedAt: Date | null;
};

export type SnapshotListing = Awaited<ReturnType<typeof listSnapshots>>[number];

/** The stored season and its series, or null when either is unknown. */
export async function getStoredSeason(
  key: SeasonKey,
): Promise<StoredSeason | null> {
  const db = await getDb();
  const [series, season] = await Promise.all([
    findSeries(db, key.seriesId),
    findSeason(db, key),
  ]);
  if (!series || !season) return null;

  return { series, key, seasonId: season.id, checkedAt: season.checkedAt };
}

export async function getSeasonTimeline(
  season: StoredSeason,
): Promise<SeasonTimeline> {
  return readSeasonTimeline(await getDb(), season.seasonId);
}

export async function getSnapshotListing(
  season: StoredSeason,
): Promise<SnapshotListing[]> {
  return listSnapshots(await getDb(), season.seasonId);
}

/** The diff between the snapshots in force at the range's moments. */
export async function getSeasonDiff(
  season: StoredSeason,
  range: SnapshotRange,
): Promise<
  { ok: true; value: SnapshotDiff } | { ok: false; parameter: "from" | "to" }
> {
  return readSnapshotDiff(await getDb(), season.seasonId, range);
}

/** The season's Atom feed: its newest changes. */
export async function getSeasonFeed(season: StoredSeason): Promise<string> {
  const { key, series } = season;
  const changes = await readSeasonChanges(
    await getDb(),
    [{ id: season.seasonId, seasonNumber: key.seasonNumber }],
    feedEntryLimit,
  );

  return buildSeasonFeed(
    series,
    key.seasonNumber,
    key.language,
    changes,
    season.checkedAt ?? series.fetchedAt,
  );
}

/** The Atom feed of every stored season of a series in one language. */
export async function getSeriesFeed(
  series: SeriesRef,
  language: string,
): Promise<string> {
  const changes = await readSeriesChanges(
    await getDb(),
    series.id,
    language,
    feedEntryLimit,
  );
  return buildSeriesFeed(series, language, changes, series.fetchedAt);
}
