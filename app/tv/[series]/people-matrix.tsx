import type { SeriesRef } from "@/lib/series";
import { sortMatrixPeople } from "@/lib/series/matrix";
import type { MatrixSort, SeriesMatrix } from "@/lib/series/views";
import { Heatmap } from "./heatmap";
import { MatrixTable, type PageQuery } from "./matrix-table";

// Beyond this many people the table and the picture stop being readable,
// and a long-running series can have thousands of crew.
const matrixRows = 200;

const sortText: Record<MatrixSort, string> = {
  total: "most episodes first",
  first: "earliest first season first",
};

/** The people-by-season table and its heatmap, for the top rows. */
export function PeopleMatrix(props: {
  series: SeriesRef;
  matrix: SeriesMatrix;
  sort: MatrixSort;
  language: string;
  query: PageQuery;
}) {
  const { matrix, sort } = props;
  if (matrix.people.length === 0) {
    return <p>No season of this series is stored in {props.language} yet.</p>;
  }

  const people = sortMatrixPeople(matrix.people, sort).slice(0, matrixRows);
  const everyone = matrix.people.length.toLocaleString("en");
  const count =
    matrix.people.length > people.length
      ? `Showing the top ${people.length} of ${everyone} people`
      : `${everyone} people`;
  const seasons = matrix.seasonNumbers.length;

  return (
    <>
      <p className="meta" id="matrix-summary">
        {`${count}, ${sortText[sort]}, over the ${seasons} stored season${seasons === 1 ? "" : "s"}.`}{" "}
        A person in both cast and crew counts the larger of the two.
      </p>
      <MatrixTable
        series={props.series}
        seasonNumbers={matrix.seasonNumbers}
        people={people}
        sort={sort}
        query={props.query}
      />
      <Heatmap seasonNumbers={matrix.seasonNumbers} people={people} />
    </>
  );
}
