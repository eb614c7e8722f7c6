import type { z } from "zod";
import { tmdbErrorBodySchema } from "./schemas";

/** The failures a caller is expected to handle; anything else is a bug. */
export const tmdbErrorKinds = [
  "not_found",
  "unauthorized",
  "rate_limited",
  "unavailable",
  "invalid_response",
] as const;
export type TmdbErrorKind = (typeof tmdbErrorKinds)[number];

export class TmdbError extends Error {
  readonly kind: TmdbErrorKind;
  /** The HTTP status TMDB answered with, when it answered at all. */
  readonly status?: number;
  /** How long TMDB asked us to wait, when it said so. */
  readonly retryAfterSeconds?: number;

  constructor(
    kind: TmdbErrorKind,
    message: string,
    details: { status?: number; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "TmdbError";
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterSeconds !== undefined) {
      this.retryAfterSeconds = details.retryAfterSeconds;
    }
  }
}

export type TmdbResult<T> =
  { ok: true; data: T } | { ok: false; error: TmdbError };

// TMDB's own status codes say more than the HTTP status, so they win.
// https://developer.themoviedb.org/docs/errors
const kindByStatusCode: Partial<Record<number, TmdbErrorKind>> = {
  7: "unauthorized",
  25: "rate_limited",
  34: "not_found",
  35: "unauthorized",
};

function kindOf(httpStatus: number, statusCode?: number): TmdbErrorKind {
  const byCode =
    statusCode === undefined ? undefined : kindByStatusCode[statusCode];
  if (byCode) return byCode;

  if (httpStatus === 404) return "not_found";
  if (httpStatus === 401) return "unauthorized";
  if (httpStatus === 429) return "rate_limited";
  if (httpStatus >= 500) return "unavailable";

  // Any other refusal (400, 403, 422 ...) means TMDB did not give us data we
  // can use, and asking again will not change that.
  return "invalid_response";
}

function parseErrorBody(text: string) {
  try {
    const parsed = tmdbErrorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The error for a non-2xx answer, from its status and (if any) its body. */
export function errorFromResponse(
  httpStatus: number,
  bodyText: string,
  retryAfterSeconds?: number,
): TmdbError {
  const body = parseErrorBody(bodyText);
  const kind = kindOf(httpStatus, body?.status_code);
  const detail = body
    ? ` (status_code ${body.status_code}: ${body.status_message})`
    : "";

  // Whole seconds, rounded up, so that waiting that long is always enough.
  return new TmdbError(kind, `TMDB answered ${httpStatus}${detail}`, {
    status: httpStatus,
    retryAfterSeconds:
      retryAfterSeconds === undefined
        ? undefined
        : Math.ceil(retryAfterSeconds),
  });
}

/** `cast[3].roles[0].episode_count`, or `(root)` for the whole body. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";

  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}

const shownIssues = 3;

/** An invalid_response error naming the first fields that did not match. */
export function errorFromIssues(error: z.ZodError, status: number): TmdbError {
  const { issues } = error;
  const shown = issues
    .slice(0, shownIssues)
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const more = issues.length - shown.length;
  const suffix = more > 0 ? ` (and ${more} more)` : "";

  return new TmdbError("invalid_response", `${shown.join("; ")}${suffix}`, {
    status,
  });
}
