import Link from "next/link";
import {
  searchStored,
  searchTmdbSeries,
  type FoundPerson,
  type FoundSeries,
  type TmdbSearchResult,
} from "@/lib/home";
import { personPath, seriesPath, tmdbPersonUrl } from "@/lib/urls";

const year = (date: string | null) =>
  date && /^\d{4}/.test(date) ? ` (${date.slice(0, 4)})` : "";

function StoredSeries({ series }: { series: FoundSeries[] }) {
  if (series.length === 0) {
    return <p className="quiet">No stored series has that in its name.</p>;
  }
  return (
    <ul className="found" aria-label="Series on castlog">
      {series.map((s) => (
        <li key={s.id}>
          <Link href={seriesPath(s)}>{s.name}</Link>
        </li>
      ))}
    </ul>
  );
}

function StoredPeople({ people }: { people: FoundPerson[] }) {
  if (people.length === 0) {
    return <p className="quiet">No stored person has that in their name.</p>;
  }
  return (
    <ul className="found" aria-label="People on castlog">
      {people.map((p) => (
        <li key={p.id}>
          <Link href={personPath(p.id)}>{p.name}</Link>{" "}
          <a className="meta" href={tmdbPersonUrl(p.id)}>
            on TMDB
          </a>
        </li>
      ))}
    </ul>
  );
}

function TmdbFailure({ reason, query }: { reason: string; query: string }) {
  const back = `/?${new URLSearchParams({ q: query })}`;
  if (reason === "no_token") {
    return (
      <p className="notice" role="status">
        Searching TMDB for series castlog has not stored yet needs a TMDB token.{" "}
        <Link href={`/signin?next=${encodeURIComponent(back)}`}>
          Sign in with yours
        </Link>{" "}
        to search TMDB too.
      </p>
    );
  }
  if (reason === "token_rejected") {
    return (
      <p className="notice" role="alert">
        TMDB no longer accepts your token, so TMDB was not searched.{" "}
        <Link href="/settings">Replace it in settings</Link>.
      </p>
    );
  }
  return (
    <p className="notice" role="status">
      TMDB could not be reached; only what castlog stored is listed. Try again
      in a minute.
    </p>
  );
}

/** TMDB's matches that the lists above do not show already. */
function TmdbSeries(props: {
  result: TmdbSearchResult;
  query: string;
  shown: Set<number>;
}) {
  const { result } = props;
  if (!result.ok)
    return <TmdbFailure reason={result.reason} query={props.query} />;

  const more = result.series.filter((s) => !props.shown.has(s.id));
  if (more.length === 0) {
    return <p className="quiet">TMDB found no other series.</p>;
  }
  return (
    <ul className="found" aria-label="Series on TMDB">
      {more.map((s) => (
        <li key={s.id}>
          {s.storedSlug === null ? (
            <>
              {s.name}
              {year(s.firstAirDate)}{" "}
              <Link
                className="add"
                href={seriesPath({ id: s.id, slug: "" })}
                prefetch={false}
                aria-label={`Add ${s.name} to castlog`}
              >
                Add to castlog
              </Link>
            </>
          ) : (
            <>
              <Link href={seriesPath({ id: s.id, slug: s.storedSlug })}>
                {s.name}
              </Link>
              {year(s.firstAirDate)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The results of a search: stored series and people by name, then TMDB's
 * series. TMDB is searched with the viewer's token when signed in, so
 * this (and only this) part of the home page reads the session.
 */
export async function SearchResults({ query }: { query: string }) {
  const [stored, tmdb] = await Promise.all([
    searchStored(query),
    searchTmdbSeries(query),
  ]);
  const shown = new Set(stored.series.map((s) => s.id));

  return (
    <section aria-labelledby="results" className="search-results">
      <h2 id="results">Results for “{query}”</h2>
      <h3>Series on castlog</h3>
      <StoredSeries series={stored.series} />
      <h3>People on castlog</h3>
      <StoredPeople people={stored.people} />
      <h3>More series on TMDB</h3>
      <TmdbSeries result={tmdb} query={query} shown={shown} />
    </section>
  );
}
