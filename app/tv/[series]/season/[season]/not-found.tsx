import { ErrorPage } from "@/app/components/error-page";

export default function SeasonNotFound() {
  return (
    <ErrorPage
      status="404 · Not found"
      title="This season is not in castlog yet"
    >
      <p>
        castlog has no credits stored for this season, and could not fetch them:
        either TMDB does not list such a season, or no TMDB token was available
        to ask.
      </p>
      <p>
        To add it, open this page again once the site has a TMDB token (the{" "}
        <code>TMDB_TOKEN</code> setting): castlog fetches the season from TMDB
        on the first visit and keeps its history from then on.
      </p>
    </ErrorPage>
  );
}
