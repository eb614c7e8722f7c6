import Link from "next/link";
import type { SeriesRef } from "@/lib/series";
import type { SeasonComparison } from "@/lib/series/season-compare";
import { seasonLabel } from "@/lib/series/season-label";
import type { MatrixPerson } from "@/lib/series/views";
import { personPath, seriesPath } from "@/lib/urls";
import { episodesText } from "./format";
import type { PageQuery } from "./matrix-table";

// Long lists stop here; the matrix above has everyone.
const listLimit = 100;

function SeasonSelect(props: {
  name: string;
  label: string;
  seasonNumbers: number[];
  value: number;
}) {
  const id = props.name.replace("_", "-");

  return (
    <>
      <label htmlFor={id}>{props.label}</label>{" "}
      <select id={id} name={props.name} defaultValue={String(props.value)}>
        {props.seasonNumbers.map((n) => (
          <option key={n} value={n}>
            {seasonLabel(n)}
          </option>
        ))}
      </select>
    </>
  );
}

function PeopleList(props: {
  title: string;
  people: MatrixPerson[];
  season: number;
}) {
  const shown = props.people.slice(0, listLimit);
  const more = props.people.length - shown.length;

  return (
    <section className="change-group" aria-label={props.title}>
      <h3>
        {props.title} ({props.people.length})
      </h3>
      {props.people.length === 0 ? (
        <p className="meta-inline">Nobody.</p>
      ) : (
        <ul>
          {shown.map((person) => (
            <li key={person.personId}>
              <Link href={personPath(person.personId)}>{person.name}</Link>{" "}
              <span className="meta-inline">
                {episodesText(person.seasons[props.season]?.episodes ?? 0)} in{" "}
                {seasonLabel(props.season).toLowerCase()}
              </span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="meta-inline">and {more} more.</p>}
    </section>
  );
}

export function SeasonComparisonView(props: {
  series: SeriesRef;
  seasonNumbers: number[];
  comparison: SeasonComparison | null;
  query: PageQuery;
}) {
  const { comparison } = props;
  if (!comparison) {
    return (
      <p>
        Once castlog has stored two seasons of this series, you can compare who
        stayed, joined and left between them.
      </p>
    );
  }

  const { from, to } = comparison;
  return (
    <>
      <form
        method="get"
        action={`${seriesPath(props.series)}#compare`}
        className="inline-form"
      >
        {props.query.language && (
          <input type="hidden" name="language" value={props.query.language} />
        )}
        {props.query.sort && (
          <input type="hidden" name="sort" value={props.query.sort} />
        )}
        <SeasonSelect
          name="from_season"
          label="From"
          seasonNumbers={props.seasonNumbers}
          value={from}
        />{" "}
        <SeasonSelect
          name="to_season"
          label="to"
          seasonNumbers={props.seasonNumbers}
          value={to}
        />{" "}
        <button type="submit">Compare</button>
      </form>
      <p className="meta">
        From {seasonLabel(from).toLowerCase()} to{" "}
        {seasonLabel(to).toLowerCase()}: {comparison.stayed.length} stayed,{" "}
        {comparison.joined.length} joined, {comparison.left.length} left.
      </p>
      <div className="changes">
        <PeopleList title="Stayed" people={comparison.stayed} season={to} />
        <PeopleList title="Joined" people={comparison.joined} season={to} />
        <PeopleList title="Left" people={comparison.left} season={from} />
      </div>
    </>
  );
}
