import { describeIssue, seasonQuerySchema } from "@/lib/credits/params";
import { badRequest, tmdbNotFound } from "@/lib/http";

// The bodies are produced by the same functions the endpoints answer
// with, so this page cannot drift from what they send.

async function bodyOf(response: Response): Promise<string> {
  return JSON.stringify(await response.json(), null, 2);
}

async function malformedBody(): Promise<string> {
  const parsed = seasonQuerySchema.safeParse({ as_of: "yesterday" });
  const issue = parsed.success
    ? { parameter: "as_of", message: "as_of is invalid" }
    : describeIssue(parsed.error);
  return bodyOf(badRequest(issue.parameter, issue.message));
}

const unavailableBody = JSON.stringify(
  {
    success: false,
    status_code: 503,
    status_message:
      "TMDB is unavailable and castlog has not stored this season.",
  },
  null,
  2,
);

/** Every status the JSON endpoints answer with, and its body. */
export async function StatusCodes() {
  const [malformed, notFound] = await Promise.all([
    malformedBody(),
    bodyOf(tmdbNotFound()),
  ]);

  return (
    <dl className="statuses">
      <dt>200 OK</dt>
      <dd>The answer, as JSON, CSV (with format=csv) or Atom.</dd>

      <dt>304 Not Modified</dt>
      <dd>
        Season credits only: the request sent <code>If-None-Match</code> with
        the <code>ETag</code> of the current answer, or{" "}
        <code>If-Modified-Since</code> no earlier than its{" "}
        <code>Last-Modified</code> (the last time TMDB confirmed the version).
        The body is empty. <code>If-None-Match</code> wins when both are sent.
      </dd>

      <dt>400 Bad Request</dt>
      <dd>
        A malformed path segment or query parameter, a parameter given twice, or{" "}
        <code>from</code> after <code>to</code>. The body names the parameter,
        for example <code>as_of=yesterday</code>:<pre>{malformed}</pre>
      </dd>

      <dt>404 Not Found</dt>
      <dd>
        A season TMDB does not have, one castlog has not stored when it has no
        token to fetch it with, or a moment before the season&apos;s first
        stored version. The body is TMDB&apos;s own, so TMDB clients understand
        it:
        <pre>{notFound}</pre>
      </dd>

      <dt>503 Service Unavailable</dt>
      <dd>
        Season credits only: TMDB could not be reached and castlog has nothing
        stored for the season. <code>Retry-After</code> says how many seconds to
        wait. A season already stored is answered from storage instead.
        <pre>{unavailableBody}</pre>
      </dd>
    </dl>
  );
}
