import Link from "next/link";

export default function SeriesNotFound() {
  return (
    <section className="error-page">
      <h1>This series is not in castlog yet</h1>
      <p>
        castlog has not stored this series, and could not fetch it: either TMDB
        has no series with this id, or no TMDB token was available to ask.
      </p>
      <p>
        To add it, open this page again once the site has a TMDB token (the{" "}
        <code>TMDB_TOKEN</code> setting): castlog fetches it from TMDB on the
        first visit.
      </p>
      <p>
        <Link href="/">Back to castlog</Link>
      </p>
    </section>
  );
}
