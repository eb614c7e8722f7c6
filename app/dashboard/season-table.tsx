import { Time } from "@/app/components/time";
import { seasonLabel } from "@/lib/series/season-label";
import type { SeasonStatus } from "@/lib/tracking";
import {
  defaultLanguage,
  seasonDiffPath,
  seasonPath,
  tmdbSeasonUrl,
} from "@/lib/urls";
import { refreshSeasonAction, untrackSeasonAction } from "./actions";

function SeasonName({ status }: { status: SeasonStatus }) {
  const { key, series } = status;
  const language =
    key.language === defaultLanguage ? null : (
      <span className="language"> ({key.language})</span>
    );
  const label = series
    ? `${series.name}: ${seasonLabel(key.seasonNumber)}`
    : `Series ${key.seriesId}: ${seasonLabel(key.seasonNumber)}`;

  return (
    <>
      {series ? (
        <a
          href={seasonPath(series, key.seasonNumber, {
            language: key.language,
          })}
        >
          {label}
        </a>
      ) : (
        label
      )}
      {language}{" "}
      <a
        href={tmdbSeasonUrl(key.seriesId, key.seasonNumber)}
        className="tmdb"
        aria-label={`${label} on TMDB`}
      >
        TMDB
      </a>
    </>
  );
}

function Changes({ status }: { status: SeasonStatus }) {
  const since =
    status.since.kind === "visit"
      ? "since your last visit"
      : "since you started tracking it";
  const { changes, series, key } = status;
  if (!status.checkedAt) return <span className="quiet">Not fetched yet</span>;
  if (!changes || !series) return <span className="quiet">None {since}</span>;

  const n = changes.changedEntries;
  const diff = seasonDiffPath(
    { series, seasonNumber: key.seasonNumber },
    { from: changes.from.toISOString(), language: key.language },
  );
  return (
    <a href={diff} className="changes">
      {n === 1 ? "1 change" : `${n} changes`} {since}
    </a>
  );
}

function SeasonForm(props: {
  status: SeasonStatus;
  action: (form: FormData) => Promise<void>;
  label: string;
}) {
  const { key } = props.status;
  return (
    <form action={props.action} className="row-form">
      <input type="hidden" name="series" value={key.seriesId} />
      <input type="hidden" name="season" value={key.seasonNumber} />
      <input type="hidden" name="language" value={key.language} />
      <button type="submit">{props.label}</button>
    </form>
  );
}

/** Tracked seasons with their state and their buttons. */
export function SeasonTable(props: {
  caption: string;
  seasons: SeasonStatus[];
  /** Seasons of a tracked series are untracked with their series. */
  untrackable: boolean;
}) {
  return (
    <table className="tracked">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Season</th>
          <th scope="col">Last checked</th>
          <th scope="col">Last changed</th>
          <th scope="col">What changed</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.seasons.map((status) => (
          <tr
            key={`${status.key.seriesId}/${status.key.seasonNumber}/${status.key.language}`}
          >
            <th scope="row">
              <SeasonName status={status} />
              {status.missingAt ? (
                <span className="quiet"> · no longer on TMDB</span>
              ) : null}
            </th>
            <td>
              {status.checkedAt ? <Time at={status.checkedAt} /> : "Never"}
            </td>
            <td>{status.changedAt ? <Time at={status.changedAt} /> : "—"}</td>
            <td>
              <Changes status={status} />
            </td>
            <td className="actions">
              <SeasonForm
                status={status}
                action={refreshSeasonAction}
                label="Refresh now"
              />
              {props.untrackable ? (
                <SeasonForm
                  status={status}
                  action={untrackSeasonAction}
                  label="Untrack"
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
