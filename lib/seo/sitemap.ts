import type { DbClient } from "../db/types";
import { personPath, seasonPath, seriesPath } from "../urls";

/** Search engines read at most this many URLs from one sitemap. */
export const sitemapPageSize = 50_000;

export type SitemapEntry = { path: string; lastModified: Date };

// The sitemap lists every series, then every stored season (one entry per
// language), then every person, each in a fixed order, so that page n of
// the list is the same slice on every request while nothing is stored.
type Section = {
  count: (db: DbClient) => Promise<number>;
  read: (db: DbClient, skip: number, take: number) => Promise<SitemapEntry[]>;
};

type SeriesRow = { id: number; slug: string; lastModified: Date };

// A series with no snapshot yet counts from when its details were fetched.
async function readSeries(db: DbClient, skip: number, take: number) {
  const rows = await db.$queryRaw<SeriesRow[]>`
    SELECT sr."id", sr."slug",
      COALESCE(MAX(sn."fetchedAt"), sr."fetchedAt") AS "lastModified"
    FROM (SELECT "id", "slug", "fetchedAt" FROM "Series"
          ORDER BY "id" LIMIT ${take} OFFSET ${skip}) sr
    LEFT JOIN "Season" s ON s."seriesId" = sr."id"
    LEFT JOIN "Snapshot" sn ON sn."seasonId" = s."id"
    GROUP BY sr."id", sr."slug", sr."fetchedAt"
    ORDER BY sr."id"`;
  return rows.map((row) => ({
    path: seriesPath(row),
    lastModified: row.lastModified,
  }));
}

type SeasonRow = {
  seriesId: number;
  slug: string;
  seasonNumber: number;
  language: string;
  lastModified: Date;
};

// Only seasons with a snapshot have a page to show.
async function readSeasons(db: DbClient, skip: number, take: number) {
  const rows = await db.$queryRaw<SeasonRow[]>`
    SELECT s."seriesId", sr."slug", s."seasonNumber", s."language",
      (SELECT MAX(sn."fetchedAt") FROM "Snapshot" sn
        WHERE sn."seasonId" = s."id") AS "lastModified"
    FROM "Season" s
    JOIN "Series" sr ON sr."id" = s."seriesId"
    WHERE EXISTS (SELECT 1 FROM "Snapshot" sn WHERE sn."seasonId" = s."id")
    ORDER BY s."seriesId", s."seasonNumber", s."language"
    LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => ({
    path: seasonPath({ id: row.seriesId, slug: row.slug }, row.seasonNumber, {
      language: row.language,
    }),
    lastModified: row.lastModified,
  }));
}

type PersonRow = { id: number; lastModified: Date };

// A person changes when a season they are credited in gets a new snapshot.
async function readPeople(db: DbClient, skip: number, take: number) {
  const rows = await db.$queryRaw<PersonRow[]>`
    WITH latest AS (
      SELECT "seasonId", MAX("fetchedAt") AS "fetchedAt"
      FROM "Snapshot" GROUP BY "seasonId"
    )
    SELECT p."id",
      COALESCE(MAX(latest."fetchedAt"), p."updatedAt") AS "lastModified"
    FROM (SELECT "id", "updatedAt" FROM "Person"
          ORDER BY "id" LIMIT ${take} OFFSET ${skip}) p
    LEFT JOIN (SELECT DISTINCT "personId", "seasonId" FROM "Credit") c
      ON c."personId" = p."id"
    LEFT JOIN latest ON latest."seasonId" = c."seasonId"
    GROUP BY p."id", p."updatedAt"
    ORDER BY p."id"`;
  return rows.map((row) => ({
    path: personPath(row.id),
    lastModified: row.lastModified,
  }));
}

const sections: Section[] = [
  { count: (db) => db.series.count(), read: readSeries },
  {
    count: (db) => db.season.count({ where: { snapshots: { some: {} } } }),
    read: readSeasons,
  },
  { count: (db) => db.person.count(), read: readPeople },
];

async function countSections(db: DbClient): Promise<number[]> {
  return Promise.all(sections.map((section) => section.count(db)));
}

/** How many sitemaps the stored pages need; always at least one. */
export async function countSitemapPages(
  db: DbClient,
  pageSize = sitemapPageSize,
): Promise<number> {
  const counts = await countSections(db);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The entries of sitemap `page` (from 0): the slice of the whole list
 * from page × pageSize, which may span the end of one section and the
 * start of the next. Empty past the end.
 */
export async function readSitemapPage(
  db: DbClient,
  page: number,
  pageSize = sitemapPageSize,
): Promise<SitemapEntry[]> {
  const counts = await countSections(db);
  const start = page * pageSize;
  const end = start + pageSize;
  const entries: SitemapEntry[] = [];

  let offset = 0;
  for (const [i, section] of sections.entries()) {
    const count = counts[i]!;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + count);
    if (from < to) {
      entries.push(...(await section.read(db, from - offset, to - from)));
    }
    offset += count;
  }
  return entries;
}
