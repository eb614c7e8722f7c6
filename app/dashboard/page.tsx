import type { Metadata } from "next";
import Link from "next/link";
import { Time } from "@/app/components/time";
import { signOutAction } from "@/app/settings/actions";
import { requireViewer } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { getDashboard, getFeedPath } from "@/lib/tracking";
import { searchQuerySchema } from "@/lib/tracking/params";
import { searchSeriesForViewer } from "@/lib/tracking/search";
import "@/app/styles/dashboard.css";
import { refreshAllAction } from "./actions";
import { AddForm, SearchForm, SearchResults } from "./add-forms";
import { FeedPanel } from "./feed-panel";
import { actionMessage } from "./messages";
import { SeriesSection } from "./series-section";
import { SeasonTable } from "./season-table";

export const metadata: Metadata = {
  title: "Dashboard",
  robots: { index: false, follow: false },
};

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DashboardPage({ searchParams }: Props) {
  const viewer = await requireViewer("/dashboard");
  const query = await searchParams;
  const q = searchQuerySchema.safeParse(query.q);
  const message = actionMessage(query);

  const dashboard = await getDashboard(viewer.id);
  const feedPath = await getFeedPath(viewer.id);
  const search =
    q.success && q.data ? await searchSeriesForViewer(viewer, q.data) : null;
  const tracksAnything =
    dashboard.seasons.length > 0 || dashboard.series.length > 0;

  return (
    <section className="dashboard">
      <h1>Dashboard</h1>
      <nav className="account" aria-label="Account">
        <Link href="/settings">Settings</Link>
        <form action={signOutAction} className="row-form">
          <button type="submit">Sign out</button>
        </form>
      </nav>
      {viewer.token.invalid ? (
        <p className="notice" role="alert">
          TMDB no longer accepts your token, so nothing can be fetched for you.{" "}
          <Link href="/settings">Replace it in settings</Link>.
        </p>
      ) : null}
      {message ? (
        <p
          className="notice"
          role={message.kind === "error" ? "alert" : "status"}
        >
          {message.text}
        </p>
      ) : null}
      {q.success ? null : (
        <p className="notice" role="status">
          The search was ignored: q {q.error.issues[0]?.message}.
        </p>
      )}

      <h2 id="tracked">What you track</h2>
      <p className="quiet">
        {dashboard.previousVisitAt ? (
          <>
            Your last visit: <Time at={dashboard.previousVisitAt} />.
          </>
        ) : (
          "This is your first visit: changes count from when you began tracking."
        )}
      </p>
      {tracksAnything ? (
        <form action={refreshAllAction} className="row-form">
          <button type="submit">Refresh all now</button>
        </form>
      ) : (
        <p>
          You track nothing yet. Add a season or series below, or use the Track
          button on a season or series page.
        </p>
      )}
      {dashboard.seasons.length > 0 ? (
        <SeasonTable
          caption="Seasons"
          seasons={dashboard.seasons}
          untrackable
        />
      ) : null}
      {dashboard.series.map((series) => (
        <SeriesSection key={series.seriesId} status={series} />
      ))}

      <AddForm />
      <SearchForm query={q.success ? q.data : undefined} />
      {search && q.data ? (
        search.ok ? (
          <SearchResults query={q.data} results={search.results} />
        ) : (
          <p className="notice" role="alert">
            {search.failure === "unavailable"
              ? "TMDB could not be reached for the search. Try again soon."
              : "TMDB did not accept your token for the search. Replace it in settings."}
          </p>
        )
      ) : null}

      {feedPath ? (
        <FeedPanel feedUrl={`${getEnv().SITE_URL}${feedPath}`} />
      ) : null}
    </section>
  );
}
