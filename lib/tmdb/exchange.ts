import { parseRetryAfter } from "./backoff";
import { TmdbError, errorFromResponse } from "./errors";

/** What one HTTP attempt produced: parsed JSON, or a classified error. */
export type Exchange =
  | { ok: true; status: number; json: unknown }
  | { ok: false; status?: number; error: TmdbError };

function transportError(error: unknown, timedOut: boolean, ms: number) {
  if (timedOut) {
    return new TmdbError("unavailable", `TMDB did not answer within ${ms} ms`);
  }

  const cause = error instanceof Error ? error.cause : undefined;
  const code =
    cause && typeof cause === "object" && "code" in cause
      ? ` (${String(cause.code)})`
      : "";
  const reason = error instanceof Error ? error.message : String(error);
  return new TmdbError("unavailable", `Could not reach TMDB: ${reason}${code}`);
}

/**
 * One GET with its own timeout, covering the body as well as the headers.
 * Promises never to reject for a failure TMDB or the network can cause:
 * those come back as errors of a known kind.
 */
export async function exchange(
  fetchImpl: typeof fetch,
  url: string,
  token: string,
  timeoutMs: number,
): Promise<Exchange> {
  const signal = AbortSignal.timeout(timeoutMs);
  const headers = {
    authorization: `Bearer ${token}`,
    accept: "application/json",
  };

  let response: Response;
  try {
    response = await fetchImpl(url, { headers, signal });
  } catch (error) {
    return {
      ok: false,
      error: transportError(error, signal.aborted, timeoutMs),
    };
  }
  const { status } = response;

  let text: string | undefined;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) {
      return {
        ok: false,
        status,
        error: transportError(error, true, timeoutMs),
      };
    }
  }

  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
    return {
      ok: false,
      status,
      error: errorFromResponse(status, text ?? "", retryAfter),
    };
  }

  // A body that breaks off midway is TMDB's answer gone wrong, not TMDB
  // being down: asking again is unlikely to help, so it is not retried.
  if (text === undefined) {
    const message = "TMDB's response body was cut off";
    return { ok: false, status, error: invalid(message, status) };
  }

  try {
    return { ok: true, status, json: JSON.parse(text) };
  } catch {
    const message = `TMDB's response is not valid JSON (${text.length} chars)`;
    return { ok: false, status, error: invalid(message, status) };
  }
}

function invalid(message: string, status: number): TmdbError {
  return new TmdbError("invalid_response", message, { status });
}
