import type { Fault } from "./faults";
import { readFixture } from "./fixture-files";
import { authenticationSuccess, describeTmdbError } from "./tmdb-errors";
import type { Answer } from "./send";

// Looks like what a proxy in front of TMDB sends when it breaks: a body
// that no JSON parser accepts, under a JSON content type.
const malformedBody = "<html><body><h1>502 Bad Gateway</h1></body></html>";

export type TmdbRequest = {
  /** The pathname exactly as the client sent it, e.g. "/3/tv/93405". */
  path: string;
  language: string | null;
};

/** TMDB's error body for the status. */
export function answerError(status: number): Answer {
  return { status, body: Buffer.from(describeTmdbError(status)) };
}

/** What TMDB would answer to an authorized GET, without any fault. */
export async function answerNormally(
  fixturesDir: string,
  request: TmdbRequest,
): Promise<Answer> {
  if (request.path === "/3/authentication") {
    return { status: 200, body: Buffer.from(authenticationSuccess) };
  }

  const fixture = await readFixture(
    fixturesDir,
    request.path,
    request.language,
  );

  return fixture === null ? answerError(404) : { status: 200, body: fixture };
}

function replaceBody(normal: Answer, fault: Fault): Answer {
  const { status, body } = fault;

  if (body === "malformed") {
    return { status: status ?? 200, body: Buffer.from(malformedBody) };
  }
  if (body === "truncated") {
    const half = Math.floor(normal.body.length / 2);
    return {
      status: status ?? normal.status,
      body: normal.body.subarray(0, half),
    };
  }
  if (body !== undefined) {
    return { status: status ?? 200, body: Buffer.from(JSON.stringify(body)) };
  }
  if (status !== undefined && status >= 400) return answerError(status);

  return { status: status ?? normal.status, body: normal.body };
}

/** The normal answer as the fault changes it; timing is the caller's. */
export function applyFault(normal: Answer, fault: Fault | undefined): Answer {
  if (fault === undefined) return normal;

  const answer = replaceBody(normal, fault);
  if (fault.retryAfter === undefined) return answer;

  return { ...answer, headers: { "retry-after": String(fault.retryAfter) } };
}
