import Link from "next/link";
import { Time } from "@/app/components/time";
import { seasonLabel } from "@/lib/series/season-label";
import type { RecentSeasonChange } from "@/lib/home";
import {
  defaultLanguage,
  seasonDiffPath,
  seasonPath,
  tmdbSeasonUrl,
} from "@/lib/urls";

function ChangeItem({ change }: { change: RecentSeasonChange }) {
  const { series, seasonNumber, language } = change;
  const name = `${series.name}: ${seasonLabel(seasonNumber)}`;
  const diff = seasonDiffPath(
    { series, seasonNumber },
    {
      from: change.previousAt.toISOString(),
      to: change.changedAt.toISOString(),
      language,
    },
  );

  return (
    <li>
      <h3>
        <Link href={seasonPath(series, seasonNumber, { language })}>
          {name}
        </Link>
        {language !== defaultLanguage && (
          <span className="language"> ({language})</span>
        )}
      </h3>
      <p className="summary">{change.summary}</p>
      <p className="meta">
        <Time at={change.changedAt} /> ·{" "}
        <Link href={diff} aria-label={`What changed in ${name}`}>
          What changed
        </Link>{" "}
        · <a href={tmdbSeasonUrl(series.id, seasonNumber)}>on TMDB</a>
      </p>
    </li>
  );
}

/** The seasons whose credits changed last, newest first. */
export function RecentChanges({ changes }: { changes: RecentSeasonChange[] }) {
  return (
    <section aria-labelledby="recent-changes">
      <h2 id="recent-changes">Recently changed seasons</h2>
      {changes.length === 0 ? (
        <p className="quiet">
          No season has changed since castlog first stored it.
        </p>
      ) : (
        <ol className="recent-changes" aria-label="Recently changed seasons">
          {changes.map((change) => (
            <ChangeItem
              key={`${change.series.id}/${change.seasonNumber}/${change.language}`}
              change={change}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
