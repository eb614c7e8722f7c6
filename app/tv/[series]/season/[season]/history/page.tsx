import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/app/components/page-metadata";
import { Time } from "@/app/components/time";
import { feedPathIn } from "@/lib/credits/feed-params";
import { getSeasonTimeline } from "@/lib/credits/season-history";
import { seasonLabel } from "@/lib/series/season-label";
import {
  defaultLanguage,
  seasonDiffPath,
  seasonFeedPath,
  seasonHistoryPath,
  seasonPath,
  tmdbSeasonUrl,
} from "@/lib/urls";
import "@/app/styles/history.css";
import { ChangesChart } from "./changes-chart";
import {
  findStoredSeason,
  requireStoredSeason,
  type HistoryPageProps,
} from "./history-route";
import { SnapshotTimeline, UnchangedChecks } from "./timeline";

export async function generateMetadata(
  props: HistoryPageProps,
): Promise<Metadata> {
  const found = await findStoredSeason(props);
  if (!found) return {};

  const { route, season } = found;
  const { series } = season;
  const place = { series, seasonNumber: route.key.seasonNumber };
  const name = `${series.name}: ${seasonLabel(route.key.seasonNumber)}`;
  return pageMetadata({
    title: `${name}, history of the credits`,
    description: `Every version of the cast and crew of ${name} castlog has stored, and what changed in each.`,
    path: seasonHistoryPath(place, { language: route.key.language }),
    types: {
      "application/atom+xml": feedPathIn(
        seasonFeedPath(place),
        route.key.language,
      ),
    },
  });
}

export default async function SeasonHistoryPage(props: HistoryPageProps) {
  const { route, season } = await requireStoredSeason(props, (series, r) =>
    seasonHistoryPath(
      { series, seasonNumber: r.key.seasonNumber },
      { language: r.key.language },
    ),
  );
  const timeline = await getSeasonTimeline(season);
  const { series, key } = season;
  const place = { series, seasonNumber: key.seasonNumber };
  const language = key.language;
  const name = `${series.name}: ${seasonLabel(key.seasonNumber)}`;

  return (
    <article className="history">
      <h1>{name}, history</h1>
      <p className="meta">
        {timeline.snapshots.length} version
        {timeline.snapshots.length === 1 ? "" : "s"} stored
        {season.checkedAt && (
          <>
            {" "}
            · last checked <Time at={season.checkedAt} />
          </>
        )}
        {language !== defaultLanguage && <> · language {language}</>}
      </p>
      <nav className="history-links" aria-label="Season">
        <Link href={seasonPath(series, key.seasonNumber, { language })}>
          Back to the season
        </Link>
        <Link href={seasonDiffPath(place, { language })}>Latest changes</Link>
        <a href={feedPathIn(seasonFeedPath(place), language)}>Atom feed</a>
        <a href={tmdbSeasonUrl(series.id, route.key.seasonNumber)}>
          {seasonLabel(key.seasonNumber)} on TMDB
        </a>
      </nav>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Changes over time</h2>
        <ChangesChart snapshots={timeline.snapshots} />
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <SnapshotTimeline season={season} timeline={timeline} />
      </section>

      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Checks without change</h2>
        <UnchangedChecks timeline={timeline} />
      </section>
    </article>
  );
}
