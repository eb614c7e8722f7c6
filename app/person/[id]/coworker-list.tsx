import Link from "next/link";
import { ProfileImage } from "@/app/components/profile-image";
import type { Coworkers, SharedSeason } from "@/lib/people";
import { seasonLabel } from "@/lib/series/season-label";
import { seasonPath } from "@/lib/urls";
import { personHref } from "./route-params";

function SharedSeasons(props: { seasons: SharedSeason[]; language: string }) {
  return (
    <ul className="shared">
      {props.seasons.map((shared) => (
        <li key={`${shared.series.id}/${shared.seasonNumber}`}>
          <Link
            href={seasonPath(shared.series, shared.seasonNumber, {
              language: props.language,
            })}
          >
            {shared.series.name}, {seasonLabel(shared.seasonNumber)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** People credited with this person in two or more seasons. */
export function CoworkerList(props: {
  coworkers: Coworkers;
  language: string;
}) {
  const { people, total } = props.coworkers;
  if (people.length === 0) {
    return (
      <p className="meta">
        Nobody else is credited in two or more of these seasons.
      </p>
    );
  }

  return (
    <>
      {total > people.length && (
        <p className="meta">
          The {people.length} with the most shared seasons, of {total}.
        </p>
      )}
      <ol className="people coworkers" aria-label="Co-workers">
        {people.map((person) => (
          <li key={person.id} className="person">
            <ProfileImage name={person.name} path={person.profilePath} />
            <div>
              <Link
                className="name"
                href={personHref(person.id, props.language)}
              >
                {person.name}
              </Link>
              <div className="count">
                {person.seasons.length} seasons together
              </div>
              <SharedSeasons
                seasons={person.seasons}
                language={props.language}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
