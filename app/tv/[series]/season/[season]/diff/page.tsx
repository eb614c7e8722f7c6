import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/app/components/page-metadata";
import { Time } from "@/app/components/time";
import type { SnapshotRange } from "@/lib/credits/compare";
import { summarizeDiff } from "@/lib/credits/diff";
import { parsePageRange, type PageRange } from "@/lib/credits/history-params";
import {
  getSeasonDiff,
  getSnapshotListing,
  type StoredSeason,
} from "@/lib/credits/season-history";
import { seasonLabel } from "@/lib/series/season-label";
import {
  seasonDiffApiPath,
  seasonDiffPath,
  seasonHistoryPath,
  seasonPath,
} from "@/lib/urls";
import "@/app/styles/history.css";
import {
  findStoredSeason,
  requireStoredSeason,
  singleValue,
  type HistoryPageProps,
} from "../history/history-route";
import { DiffForm } from "./diff-form";
import { DiffGroups } from "./diff-groups";

export async function generateMetadata(
  props: HistoryPageProps,
): Promise<Metadata> {
  const found = await findStoredSeason(props);
  if (!found) return {};

  const { route, season } = found;
  const place = { series: season.series, seasonNumber: route.key.seasonNumber };
  const name = `${season.series.name}: ${seasonLabel(route.key.seasonNumber)}`;
  // Each pair of versions is a page of its own, too many to list.
  return pageMetadata({
    title: `${name}, what changed in the credits`,
    description: `Who joined or left the cast and crew of ${name}, and which roles, jobs and episode counts changed between two versions.`,
    path: seasonDiffPath(place, {
      language: route.key.language,
      from: singleValue(route.query.from),
      to: singleValue(route.query.to),
    }),
    index: false,
  });
}

/**
 * The diff for the page's range. A moment before the season's first
 * version is dropped (and named) and the default used in its place.
 */
async function readPageDiff(season: StoredSeason, range: PageRange) {
  const ignored = [...range.ignored];
  const moments: SnapshotRange = { from: range.from, to: range.to };

  for (;;) {
    const result = await getSeasonDiff(season, moments);
    if (result.ok) return { value: result.value, ignored };
    ignored.push({
      parameter: result.parameter,
      reason: "is before the first stored version",
    });
    delete moments[result.parameter];
  }
}

export default async function SeasonDiffPage(props: HistoryPageProps) {
  const { route, season } = await requireStoredSeason(props, (series, r) =>
    seasonDiffPath(
      { series, seasonNumber: r.key.seasonNumber },
      {
        language: r.key.language,
        from: singleValue(r.query.from),
        to: singleValue(r.query.to),
      },
    ),
  );
  const { value, ignored } = await readPageDiff(
    season,
    parsePageRange(route.query),
  );
  const snapshots = await getSnapshotListing(season);
  const { series, key } = season;
  const { language, seasonNumber } = key;
  const place = { series, seasonNumber };
  const exportPath = (format: string) =>
    seasonDiffApiPath(series.id, seasonNumber, {
      from: value.from?.fetchedAt.toISOString(),
      to: value.to.fetchedAt.toISOString(),
      language,
      format,
    });

  return (
    <article className="history">
      <h1>
        {series.name}: {seasonLabel(seasonNumber)}, what changed
      </h1>
      <p className="meta">
        {value.from ? (
          <>
            From the version of <Time at={value.from.fetchedAt} /> to
          </>
        ) : (
          <>Everything in</>
        )}{" "}
        the version of <Time at={value.to.fetchedAt} />
      </p>
      {ignored.map((i) => (
        <p key={i.parameter + i.reason} className="notice" role="status">
          The <code>{i.parameter}</code> parameter {i.reason}, so it was ignored
          and the default used instead.
        </p>
      ))}
      <p className="summary">{summarizeDiff(value.diff)}</p>
      <nav className="history-links" aria-label="Season">
        <Link href={seasonPath(series, seasonNumber, { language })}>
          Back to the season
        </Link>
        <Link href={seasonHistoryPath(place, { language })}>History</Link>
        <a href={exportPath("json")}>Download as JSON</a>
        <a href={exportPath("csv")}>Download as CSV</a>
      </nav>
      <DiffForm
        snapshots={snapshots}
        from={value.from?.fetchedAt ?? null}
        to={value.to.fetchedAt}
        language={language}
      />
      <DiffGroups diff={value.diff} />
    </article>
  );
}
