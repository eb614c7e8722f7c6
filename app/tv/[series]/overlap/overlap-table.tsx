import Link from "next/link";
import type { SeriesRef } from "@/lib/series";
import type { OverlapPerson, OverlapRole } from "@/lib/series/views";
import { seriesPath } from "@/lib/urls";
import { episodesText, seasonsText } from "../format";
import { PersonRowHeader } from "../person-row-header";

function roleTitle(role: OverlapRole): string {
  if (role.kind === "cast") return role.title || "Uncredited role";
  return `${role.title || "Crew"} (${role.department})`;
}

function Roles({ roles }: { roles: OverlapRole[] }) {
  return (
    <ul>
      {roles.map((role, i) => (
        <li key={i}>
          {roleTitle(role)}{" "}
          <span className="meta-inline">
            {seasonsText(role.seasons)}, {episodesText(role.episodes)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One row per shared person, their roles in each series side by side. */
export function OverlapTable(props: {
  series: [SeriesRef, SeriesRef];
  people: OverlapPerson[];
  language: string | undefined;
}) {
  const [first, other] = props.series;

  return (
    <div className="table-scroll">
      <table className="overlap">
        <caption>People credited in both series, with their roles</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">
              <Link href={seriesPath(first, { language: props.language })}>
                {first.name}
              </Link>
            </th>
            <th scope="col">
              <Link href={seriesPath(other, { language: props.language })}>
                {other.name}
              </Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.people.map((person) => (
            <tr key={person.personId} data-person={person.personId}>
              <PersonRowHeader person={person} />
              <td>
                <Roles roles={person.roles[0]} />
              </td>
              <td>
                <Roles roles={person.roles[1]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
