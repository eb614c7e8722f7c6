import { ErrorPage } from "./error-page";

/**
 * Shown when TMDB cannot be reached and castlog has nothing stored. Kept
 * out of search engines: the page will exist once TMDB answers.
 */
export function Unavailable({
  retryAfterSeconds,
  what = "season",
}: {
  retryAfterSeconds: number;
  /** What castlog has not stored: "season" or "series". */
  what?: "season" | "series";
}) {
  const minutes = Math.max(1, Math.round(retryAfterSeconds / 60));

  return (
    <ErrorPage status="503 · Unavailable" title="TMDB is unavailable">
      <p>
        castlog has not stored this {what} yet, and TMDB, where its credits come
        from, did not answer. Try again in {minutes} minute
        {minutes === 1 ? "" : "s"}: {/* An empty address is this page. */}
        <a href="">reload this page</a>.
      </p>
    </ErrorPage>
  );
}

/**
 * Shown for every page while castlog cannot reach its database (the
 * proxy serves it with a 503). Nothing here may need the database.
 */
export function DatabaseUnavailable() {
  return (
    <ErrorPage status="503 · Unavailable" title="castlog is unavailable">
      <p>
        castlog cannot reach its database at the moment, so it cannot show this
        page. Nothing it has stored is lost. Try again in a minute:{" "}
        {/* An empty address is the page that was asked for. */}
        <a href="">reload this page</a>.
      </p>
    </ErrorPage>
  );
}
