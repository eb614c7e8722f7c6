import Link from "next/link";
import type { SeasonListing, SeriesRef } from "@/lib/series";
import { seasonLabel } from "@/lib/series/season-label";
import { seasonPath, tmdbSeasonUrl } from "@/lib/urls";
import { episodesText } from "./format";

type Row = { seasonNumber: number; name: string; detail: string };

/**
 * TMDB's seasons, plus any stored season TMDB no longer lists, so that
 * every stored season stays reachable.
 */
function seasonRows(listed: SeasonListing[], stored: number[]): Row[] {
  const rows: Row[] = listed.map((season) => ({
    seasonNumber: season.seasonNumber,
    name: season.name,
    detail: [
      season.episodeCount === null ? null : episodesText(season.episodeCount),
      season.airDate ? `first aired ${season.airDate}` : null,
    ]
      .filter(Boolean)
      .join(", "),
  }));
  for (const n of stored) {
    if (rows.some((row) => row.seasonNumber === n)) continue;
    rows.push({
      seasonNumber: n,
      name: seasonLabel(n),
      detail: "no longer listed by TMDB",
    });
  }
  return rows.sort((a, b) => a.seasonNumber - b.seasonNumber);
}

export function SeasonList(props: {
  series: SeriesRef;
  listed: SeasonListing[];
  stored: number[];
  language: string;
}) {
  const rows = seasonRows(props.listed, props.stored);
  if (rows.length === 0) {
    return <p>castlog does not know this series&apos; seasons yet.</p>;
  }

  return (
    <ul className="season-list" aria-label="Seasons">
      {rows.map((row) => {
        const stored = props.stored.includes(row.seasonNumber);
        return (
          <li key={row.seasonNumber}>
            <Link
              href={seasonPath(props.series, row.seasonNumber, {
                language: props.language,
              })}
            >
              {row.name}
            </Link>{" "}
            <span className={stored ? "badge stored" : "badge"}>
              {stored ? "stored" : "not yet stored"}
            </span>{" "}
            <span className="meta-inline">{row.detail}</span>{" "}
            <a
              href={tmdbSeasonUrl(props.series.id, row.seasonNumber)}
              aria-label={`${row.name} on TMDB`}
            >
              TMDB
            </a>
          </li>
        );
      })}
    </ul>
  );
}
