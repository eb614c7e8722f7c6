import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";
import { getSitemapPageCount } from "@/lib/seo";

// Names as many sitemaps as are stored now, so it is read per request.
export const dynamic = "force-dynamic";

/**
 * Public pages are open to crawlers; pages that depend on who is signed
 * in, the API and the private feeds are not.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const siteUrl = getEnv().SITE_URL;
  const count = await getSitemapPageCount();

  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/dashboard", "/settings", "/signin", "/api/", "/feeds/"],
    },
    sitemap: Array.from(
      { length: count },
      (_, id) => `${siteUrl}/sitemap/${id}.xml`,
    ),
  };
}
