import { ErrorPage } from "@/app/components/error-page";

export default function SeriesNotFound() {
  return (
    <ErrorPage
      status="404 · Not found"
      title="This series is not in castlog yet"
    >
      <p>
        castlog has not stored this series, and could not fetch it: either TMDB
        has no series with this id, or no TMDB token was available to ask.
      </p>
      <p>
        To add it, open this page again once the site has a TMDB token (the{" "}
        <code>TMDB_TOKEN</code> setting): castlog fetches it from TMDB on the
        first visit.
      </p>
    </ErrorPage>
  );
}
