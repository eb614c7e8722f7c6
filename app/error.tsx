"use client";

import { ErrorPage } from "@/app/components/error-page";

// Unexpected failures only; expected ones (not found, TMDB down) have pages
// of their own. The digest lets an operator find the server's log line.
export default function UnexpectedError({
  error,
}: {
  error: Error & { digest?: string };
}) {
  return (
    <ErrorPage status="Error" title="Something went wrong">
      <p>
        castlog could not show this page. Please try again in a moment:{" "}
        {/* An empty address is this page: reloading needs no JavaScript. */}
        <a href="">reload the page</a>.
      </p>
      {error.digest && <p className="meta">Reference: {error.digest}</p>}
    </ErrorPage>
  );
}
