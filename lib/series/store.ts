import type { DbClient } from "../db/types";
import type { SeriesDetails } from "../tmdb/schemas";
import { pagesChanged } from "../page-cache/changes";
import { slugify } from "./slug";

export type SeriesRef = {
  id: number;
  name: string;
  slug: string;
  fetchedAt: Date;
};

const seriesSelect = { id: true, name: true, slug: true, fetchedAt: true };

/** The stored series, or null when castlog has never fetched it. */
export async function findSeries(
  db: DbClient,
  seriesId: number,
): Promise<SeriesRef | null> {
  return db.series.findUnique({
    where: { id: seriesId },
    select: seriesSelect,
  });
}

/** Stores the latest series details. Idempotent. */
export async function saveSeriesDetails(
  db: DbClient,
  details: SeriesDetails,
  fetchedAt: Date,
): Promise<SeriesRef> {
  const data = {
    name: details.name,
    slug: slugify(details.name),
    details: details as object,
    fetchedAt,
  };

  const series = await db.series.upsert({
    where: { id: details.id },
    create: { id: details.id, ...data },
    update: data,
    select: seriesSelect,
  });
  // A new name changes the title of every cached page of the series.
  pagesChanged(db);
  return series;
}
