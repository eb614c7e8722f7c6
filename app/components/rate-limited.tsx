import Link from "next/link";

/**
 * Shown when castlog has nothing stored for a page and the viewer has
 * used up their fetches from TMDB for the minute. Kept out of search
 * engines: the page will exist once it is fetched.
 */
export function RateLimited({
  retryAfterSeconds,
}: {
  retryAfterSeconds: number;
}) {
  return (
    <section className="error-page">
      <meta name="robots" content="noindex" />
      <h1>Too many requests</h1>
      <p>
        castlog has not stored this season yet, and fetching it from TMDB would
        go over the number of fetches allowed in a minute (rate limited). Try
        again in {retryAfterSeconds} second
        {retryAfterSeconds === 1 ? "" : "s"}.
      </p>
      <p>
        <Link href="/">Back to castlog</Link>
      </p>
    </section>
  );
}
