import "server-only";
import { getDb } from "../db";
import { listSeasonLanguages, listSeriesLanguages } from "./languages";
import { findSeasonCard, type SeasonCard } from "./season-card";
import {
  countSitemapPages,
  readSitemapPage,
  type SitemapEntry,
} from "./sitemap";

export { hreflangAlternates } from "./languages";
export type { SeasonCard } from "./season-card";
export type { SitemapEntry } from "./sitemap";
export {
  buildPersonJsonLd,
  buildSeasonJsonLd,
  buildSeriesJsonLd,
  serializeJsonLd,
} from "./json-ld";

/** The languages a season has a stored version in; [] when none. */
export async function getSeasonLanguages(
  seriesId: number,
  seasonNumber: number,
): Promise<string[]> {
  return listSeasonLanguages(await getDb(), seriesId, seasonNumber);
}

/** The languages any season of a series is stored in; [] when none. */
export async function getSeriesLanguages(seriesId: number): Promise<string[]> {
  return listSeriesLanguages(await getDb(), seriesId);
}

/** A season's shared-link card from stored data; null when none. */
export async function getSeasonCard(
  seriesId: number,
  seasonNumber: number,
): Promise<SeasonCard | null> {
  return findSeasonCard(await getDb(), seriesId, seasonNumber);
}

/** How many sitemaps the stored series, seasons and people fill. */
export async function getSitemapPageCount(): Promise<number> {
  return countSitemapPages(await getDb());
}

/** The entries of one sitemap, numbered from 0. */
export async function getSitemapPage(page: number): Promise<SitemapEntry[]> {
  return readSitemapPage(await getDb(), page);
}
