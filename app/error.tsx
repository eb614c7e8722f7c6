"use client";

import Link from "next/link";

// Unexpected failures only; expected ones (not found, TMDB down) have pages
// of their own. The digest lets an operator find the server's log line.
export default function ErrorPage({
  error,
}: {
  error: Error & { digest?: string };
}) {
  return (
    <section className="error-page">
      <meta name="robots" content="noindex" />
      <h1>Something went wrong</h1>
      <p>castlog could not show this page. Please try again in a moment.</p>
      {error.digest && <p className="meta">Reference: {error.digest}</p>}
      <p>
        <Link href="/">Back to castlog</Link>
      </p>
    </section>
  );
}
