import Link from "next/link";

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
  return (
    <section className="error-page">
      <meta name="robots" content="noindex" />
      <h1>TMDB is unavailable</h1>
      <p>
        castlog has not stored this {what} yet, and TMDB, where its credits come
        from, did not answer. Try again in{" "}
        {Math.max(1, Math.round(retryAfterSeconds / 60))} minute
        {retryAfterSeconds > 90 ? "s" : ""}.
      </p>
      <p>
        <Link href="/">Back to castlog</Link>
      </p>
    </section>
  );
}
