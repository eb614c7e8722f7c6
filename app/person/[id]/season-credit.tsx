import Link from "next/link";
import { Time } from "@/app/components/time";
import type { PersonSeason, SeasonEntry, SeasonRole } from "@/lib/people";
import { seasonLabel } from "@/lib/series/season-label";
import { seasonPath, tmdbSeasonUrl } from "@/lib/urls";

type SeriesLink = { id: number; name: string; slug: string };

const episodes = (n: number | null) =>
  n === null ? "" : ` · ${n} episode${n === 1 ? "" : "s"}`;

function roleText(entry: SeasonEntry, role: SeasonRole): string {
  const fallback = entry.kind === "cast" ? "Uncredited role" : "Crew";
  return `${role.title || fallback}${episodes(role.episodeCount)}`;
}

// A note per entry only when the person is still in the season in another
// capacity; when they left altogether, the season says so once.
function Entry(props: { entry: SeasonEntry; departed: boolean }) {
  const { entry } = props;
  const heading = entry.kind === "cast" ? "Cast" : entry.department;
  const dropped = !entry.current && !props.departed;

  return (
    <li className={dropped ? "entry dropped" : "entry"}>
      <span className="department">{heading}</span>
      <ul>
        {entry.roles.map((role, i) => (
          <li key={i}>{roleText(entry, role)}</li>
        ))}
      </ul>
      {entry.roles.length > 1 && entry.totalEpisodeCount !== null && (
        <div className="total">{entry.totalEpisodeCount} episodes in all</div>
      )}
      {dropped && (
        <div className="left-note">No longer listed in this department</div>
      )}
    </li>
  );
}

function LeftNote({ season }: { season: PersonSeason }) {
  if (!season.leftAt) return null;

  return (
    <p className="left-note" role="note">
      Left this season: no longer credited since <Time at={season.leftAt} />.
      Shown as last credited.
    </p>
  );
}

/** One season of a person's credits, with when castlog saw them there. */
export function SeasonCredit(props: {
  series: SeriesLink;
  season: PersonSeason;
  language: string;
}) {
  const { series, season, language } = props;
  const label = seasonLabel(season.seasonNumber);
  const departed = season.leftAt !== null;

  return (
    <li className="person-season" data-season={season.seasonNumber}>
      <h3>
        <Link href={seasonPath(series, season.seasonNumber, { language })}>
          {label}
        </Link>{" "}
        <a
          className="tmdb"
          href={tmdbSeasonUrl(series.id, season.seasonNumber)}
          aria-label={`${series.name}, ${label} on TMDB`}
        >
          TMDB
        </a>
      </h3>
      <ul className="entries">
        {season.entries.map((entry) => (
          <Entry
            key={`${entry.kind}|${entry.department}`}
            entry={entry}
            departed={departed}
          />
        ))}
      </ul>
      <p className="seen">
        First seen <Time at={season.firstSeen} /> · last seen{" "}
        <Time at={season.lastSeen} />
      </p>
      <LeftNote season={season} />
    </li>
  );
}
