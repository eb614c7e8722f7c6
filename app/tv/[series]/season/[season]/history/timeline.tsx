import Link from "next/link";
import { Time } from "@/app/components/time";
import type { SeasonTimeline, TimelineSnapshot } from "@/lib/credits/history";
import type { StoredSeason } from "@/lib/credits/season-history";
import { seasonApiPath, seasonDiffPath, seasonPath } from "@/lib/urls";

const times = (n: number) => (n === 1 ? "once" : `${n} times`);

function SnapshotLinks(props: {
  season: StoredSeason;
  snapshot: TimelineSnapshot;
  before: TimelineSnapshot | undefined;
}) {
  const { series, key } = props.season;
  const at = props.snapshot.fetchedAt.toISOString();
  const language = key.language;
  const season = { series, seasonNumber: key.seasonNumber };
  const diff = seasonDiffPath(season, {
    from: props.before?.fetchedAt.toISOString(),
    to: at,
    language,
  });
  const api = (format: string) =>
    seasonApiPath(series.id, key.seasonNumber, { as_of: at, language, format });

  return (
    <p className="links">
      <Link
        href={seasonPath(series, key.seasonNumber, { as_of: at, language })}
      >
        Open the season as of this version
      </Link>
      {" · "}
      <Link href={diff}>
        {props.before ? "What changed" : "Everyone first stored"}
      </Link>
      {" · Export "}
      <a href={api("csv")}>CSV</a>
      {" or "}
      <a href={api("json")}>JSON</a>
    </p>
  );
}

/** The season's versions, newest first, each with what changed. */
export function SnapshotTimeline(props: {
  season: StoredSeason;
  timeline: SeasonTimeline;
}) {
  const { snapshots } = props.timeline;

  return (
    <ol className="timeline" aria-label="Versions">
      {snapshots.map((snapshot, i) => (
        <li key={snapshot.id} className="version">
          <h3>
            <Time at={snapshot.fetchedAt} />
          </h3>
          <p className="summary">{snapshot.summary}</p>
          <p className="counts">
            {snapshot.castCount} cast · {snapshot.crewCount} crew
            {snapshot.confirmations > 0 && snapshot.lastConfirmedAt && (
              <>
                {" · "}confirmed unchanged {times(snapshot.confirmations)}, last{" "}
                <Time at={snapshot.lastConfirmedAt} />
              </>
            )}
          </p>
          <SnapshotLinks
            season={props.season}
            snapshot={snapshot}
            before={snapshots[i + 1]}
          />
        </li>
      ))}
    </ol>
  );
}

/** The newest checks that found nothing new. */
export function UnchangedChecks({ timeline }: { timeline: SeasonTimeline }) {
  const { checks, checkCount, snapshots } = timeline;
  if (checkCount === 0) {
    return <p className="meta">Every check so far found a change.</p>;
  }
  const versionAt = new Map(snapshots.map((s) => [s.id, s.fetchedAt]));

  return (
    <>
      <p>
        castlog checked this season {times(checkCount)} without finding a change
        {checks.length < checkCount ? `; the newest ${checks.length}:` : ":"}
      </p>
      <ol className="checks" aria-label="Checks without change">
        {checks.map((check, i) => (
          <li key={`${check.checkedAt.toISOString()}-${i}`}>
            <Time at={check.checkedAt} />
            {versionAt.has(check.snapshotId) && (
              <span className="meta">
                {" "}
                · still the version of{" "}
                <Time at={versionAt.get(check.snapshotId)!} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
