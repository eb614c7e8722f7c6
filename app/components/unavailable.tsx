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
