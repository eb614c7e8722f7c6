import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { getSitemapPage, getSitemapPageCount } from "@/lib/seo";

// Read from the database on each request: nothing is stored at build time.
export const dynamic = "force-dynamic";

/**
 * The sitemaps, /sitemap/0.xml onwards, each within the 50,000 URLs a
 * search engine reads from one. The build lists only the first, without
 * opening the database; requests count what is stored.
 */
export async function generateSitemaps() {
  const count =
    process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD
      ? 1
      : await getSitemapPageCount();
  return Array.from({ length: count }, (_, id) => ({ id }));
}

const idSchema = z.coerce.number().int().min(0);

export default async function sitemap(props: {
  id: Promise<string>;
}): Promise<MetadataRoute.Sitemap> {
  const id = idSchema.safeParse(await props.id);
  if (!id.success) return [];

  const siteUrl = getEnv().SITE_URL;
  const entries = await getSitemapPage(id.data);
  return entries.map((entry) => ({
    url: `${siteUrl}${entry.path}`,
    lastModified: entry.lastModified,
  }));
}
