import type { SeriesSearchResult } from "@/lib/tmdb/schemas";
import { seriesPath, tmdbSeriesUrl } from "@/lib/urls";
import { addAction, trackSeriesAction } from "./actions";

/** Adds a season, or a whole series, by its TMDB id. */
export function AddForm() {
  return (
    <form action={addAction} className="add-form" aria-labelledby="add">
      <h2 id="add">Add by TMDB id</h2>
      <p className="quiet">
        The series id is the number in its TMDB address (themoviedb.org/tv/
        <strong>93405</strong>). Leave the season empty to track every season of
        the series.
      </p>
      <p className="fields">
        <label>
          Series id
          <input
            name="series"
            inputMode="numeric"
            pattern="[1-9][0-9]{0,9}"
            required
          />
        </label>
        <label>
          Season
          <input name="season" inputMode="numeric" pattern="[0-9]{1,4}" />
        </label>
        <label>
          Language
          <input
            name="language"
            placeholder="en-US"
            pattern="[a-z]{2}(-[A-Z]{2})?"
            size={6}
          />
        </label>
        <button type="submit">Track</button>
      </p>
    </form>
  );
}

/** Searches TMDB's series by name: a plain GET form back to this page. */
export function SearchForm({ query }: { query: string | undefined }) {
  return (
    <form method="get" className="search-form" role="search">
      <label htmlFor="q">Search TMDB for a series</label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={100}
      />
      <button type="submit">Search</button>
    </form>
  );
}

const year = (date: string | null | undefined) =>
  date && /^\d{4}/.test(date) ? ` (${date.slice(0, 4)})` : "";

/** TMDB's answer to a search, each series with a button to track it. */
export function SearchResults(props: {
  query: string;
  results: SeriesSearchResult[];
}) {
  if (props.results.length === 0) {
    return <p className="quiet">TMDB found no series named “{props.query}”.</p>;
  }

  return (
    <ul
      className="search-results"
      aria-label={`TMDB results for ${props.query}`}
    >
      {props.results.map((series) => (
        <li key={series.id}>
          <a href={seriesPath({ id: series.id, slug: "" })}>
            {series.name}
            {year(series.first_air_date)}
          </a>{" "}
          <a
            href={tmdbSeriesUrl(series.id)}
            className="tmdb"
            aria-label={`${series.name} on TMDB`}
          >
            TMDB
          </a>
          <form action={trackSeriesAction} className="row-form">
            <input type="hidden" name="series" value={series.id} />
            <button type="submit" aria-label={`Track ${series.name}`}>
              Track series
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
