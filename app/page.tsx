import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { queryValues } from "@/lib/credits/params";
import {
  getMostTrackedSeries,
  getRecentSeasonChanges,
  parseSearchQuery,
} from "@/lib/home";
import "@/app/styles/home.css";
import { MostTracked } from "./_home/most-tracked";
import { RecentChanges } from "./_home/recent-changes";
import { SearchForm } from "./_home/search-form";
import { SearchResults } from "./_home/search-results";

type HomePageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(
  props: HomePageProps,
): Promise<Metadata> {
  const { query } = parseSearchQuery(queryValues(await props.searchParams));

  return {
    title: { absolute: "castlog: who made each TV season" },
    description:
      "The full cast and crew of TV seasons, every version castlog has seen, and what changed between them.",
    alternates: { canonical: "/" },
    // Search results are for the searcher, not for search engines.
    ...(query ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function HomePage(props: HomePageProps) {
  const search = parseSearchQuery(queryValues(await props.searchParams));
  const [changes, tracked] = await Promise.all([
    getRecentSeasonChanges(),
    getMostTrackedSeries(),
  ]);

  return (
    <article className="home">
      <h1>castlog</h1>
      <p className="lede">
        Who made each TV season, and how that changed over time: the full cast
        and crew of every season castlog has stored, each version it has seen,
        and what changed between them. Open a season at{" "}
        <code>/tv/&lt;TMDB series id&gt;/season/&lt;number&gt;</code>, for
        example{" "}
        <Link href="/tv/93405-squid-game/season/2">Squid Game, season 2</Link>,
        or read the <Link href="/docs/api">JSON API</Link>.
      </p>

      <SearchForm query={search.query} />
      {search.notice && (
        <p className="notice" role="status">
          {search.notice}
        </p>
      )}
      {search.query && (
        <Suspense
          key={search.query}
          fallback={<p className="quiet">Searching…</p>}
        >
          <SearchResults query={search.query} />
        </Suspense>
      )}

      <div className="home-lists">
        <RecentChanges changes={changes} />
        <MostTracked counts={tracked} />
      </div>
    </article>
  );
}
