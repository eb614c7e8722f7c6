import Link from "next/link";
import type { SeriesRef } from "@/lib/series";
import { seasonLabel } from "@/lib/series/season-label";
import type { MatrixPerson, MatrixSort } from "@/lib/series/views";
import { seriesPath } from "@/lib/urls";
import { seasonShortLabel } from "./format";
import { PersonRowHeader } from "./person-row-header";

/** The query of the page's links, keeping the reader's other choices. */
export type PageQuery = Record<string, string | undefined>;

const sortHeadings: Record<MatrixSort, string> = {
  total: "Total",
  first: "First season",
};

function SortHeading(props: {
  series: SeriesRef;
  sort: MatrixSort;
  current: MatrixSort;
  query: PageQuery;
}) {
  const active = props.sort === props.current;
  const href = `${seriesPath(props.series, { ...props.query, sort: props.sort })}#matrix`;

  return (
    <th
      scope="col"
      aria-sort={
        active
          ? props.sort === "total"
            ? "descending"
            : "ascending"
          : undefined
      }
    >
      {active ? (
        sortHeadings[props.sort]
      ) : (
        <Link href={href}>{sortHeadings[props.sort]}</Link>
      )}
    </th>
  );
}

function cellTitle(person: MatrixPerson, season: number): string | undefined {
  const cell = person.seasons[season];
  if (!cell || !(cell.cast && cell.crew)) return undefined;
  return `cast ${cell.cast}, crew ${cell.crew}`;
}

export function MatrixTable(props: {
  series: SeriesRef;
  seasonNumbers: number[];
  people: MatrixPerson[];
  sort: MatrixSort;
  query: PageQuery;
}) {
  return (
    <div className="table-scroll">
      <table className="matrix">
        <caption>Episodes per season, by person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            {props.seasonNumbers.map((n) => (
              <th key={n} scope="col">
                <abbr title={seasonLabel(n)}>{seasonShortLabel(n)}</abbr>
              </th>
            ))}
            {(["total", "first"] as const).map((sort) => (
              <SortHeading
                key={sort}
                {...props}
                sort={sort}
                current={props.sort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {props.people.map((person) => (
            <tr key={person.personId} data-person={person.personId}>
              <PersonRowHeader person={person} />
              {props.seasonNumbers.map((n) => (
                <td key={n} title={cellTitle(person, n)}>
                  {person.seasons[n]?.episodes ?? ""}
                </td>
              ))}
              <td>{person.totalEpisodes}</td>
              <td>{seasonLabel(person.firstSeason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
