import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { z } from "zod";
import { log } from "../log";
import { backoffMs } from "./backoff";
import { createBudget, type Budget } from "./budget";
import { exchange, type Exchange } from "./exchange";
import { TmdbError, errorFromIssues, type TmdbResult } from "./errors";
import {
  aggregateCreditsSchema,
  authenticationSchema,
  seriesDetailsSchema,
  seriesSearchSchema,
  type AggregateCredits,
  type SeriesDetails,
  type SeriesSearch,
} from "./schemas";

export type TmdbClientOptions = {
  baseUrl: string;
  /** Requests per second across all calls, retries included. */
  maxRps: number;
  /** Requests in flight at once; the rest wait their turn. */
  maxConcurrent?: number;
  /**
   * A budget shared beyond this client (other processes, say); when given,
   * maxRps and maxConcurrent are its business.
   */
  budget?: Budget;
  /** Per attempt, body included. */
  timeoutMs: number;
  /** Retries after the first attempt, for 429, 5xx and network failures. */
  maxRetries?: number;
  baseBackoffMs?: number;
  fetch?: typeof fetch;
};

export type SeasonQuery = {
  seriesId: number;
  seasonNumber: number;
  language: string;
};

export type SeriesQuery = { seriesId: number; language: string };

export type SeriesSearchQuery = { query: string; language: string };

/**
 * Every method is safe to call concurrently and resolves (never rejects)
 * for failures TMDB or the network can cause. Data shared by identical
 * concurrent calls is one object: treat it as read-only.
 */
export type TmdbClient = {
  getSeasonAggregateCredits(
    token: string,
    query: SeasonQuery,
  ): Promise<TmdbResult<AggregateCredits>>;
  getSeriesDetails(
    token: string,
    query: SeriesQuery,
  ): Promise<TmdbResult<SeriesDetails>>;
  /** The first page of series whose names match the query. */
  searchSeries(
    token: string,
    query: SeriesSearchQuery,
  ): Promise<TmdbResult<SeriesSearch>>;
  /** Ok when TMDB accepts the token; unauthorized when it refuses it. */
  validateToken(token: string): Promise<TmdbResult<true>>;
  /**
   * One request, never retried or shared, to learn whether TMDB answers
   * at all: any answer below 500, a refused token included, counts.
   */
  ping(token: string): Promise<TmdbContact>;
  stats(): {
    /** HTTP requests actually sent, retries included. */
    upstreamRequests: number;
    /** How the latest request ended; null before the first. */
    lastContact: TmdbContact | null;
  };
};

/** Whether one request reached TMDB, and when it ended. */
export type TmdbContact = {
  reachable: boolean;
  /** The HTTP status TMDB answered with; null when it did not answer. */
  status: number | null;
  /** Date.now() when the request ended. */
  at: number;
};

// A longer wait than this would hold a page render hostage: report it and
// let the caller decide (serve the stored snapshot, show a notice).
const maxRetryAfterSeconds = 10;

// A caller passing an impossible id has a bug, so this throws (the
// returned promise rejects) instead of answering with an error kind.
function checkId(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${min}`);
  }
}

// A 5xx is TMDB up but failing; to a caller it is as good as down.
function contactOf(outcome: Exchange): TmdbContact {
  const status = outcome.status ?? null;
  const reachable = status !== null && status < 500;
  return { reachable, status, at: Date.now() };
}

function digest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function createTmdbClient(options: TmdbClientOptions): TmdbClient {
  const {
    maxRetries = 3,
    baseBackoffMs = 250,
    timeoutMs,
    fetch: fetchImpl = fetch,
  } = options;
  if (!(timeoutMs > 0) || !Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new RangeError(
      "timeoutMs must be > 0 and maxRetries an integer >= 0",
    );
  }

  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const budget =
    options.budget ??
    createBudget({
      maxRps: options.maxRps,
      maxConcurrent: options.maxConcurrent ?? 20,
    });
  const inFlight = new Map<string, Promise<TmdbResult<unknown>>>();
  let upstreamRequests = 0;
  let lastContact: TmdbContact | null = null;

  async function attempt(path: string, url: string, token: string, n: number) {
    const release = await budget.acquire();
    const started = performance.now();
    upstreamRequests += 1;

    let outcome: Exchange | undefined;
    try {
      outcome = await exchange(fetchImpl, url, token, timeoutMs);
      lastContact = contactOf(outcome);
      return outcome;
    } finally {
      release();
      log.debug(
        {
          path,
          status: outcome?.status ?? null,
          ms: Math.round(performance.now() - started),
          attempt: n,
          ...(outcome?.ok === false && { kind: outcome.error.kind }),
        },
        "tmdb request",
      );
    }
  }

  async function fetchWithRetries(path: string, url: string, token: string) {
    for (let n = 1; ; n += 1) {
      const outcome = await attempt(path, url, token, n);
      if (outcome.ok) return outcome;

      const { error } = outcome;
      const transient =
        error.kind === "rate_limited" || error.kind === "unavailable";
      const asked = error.retryAfterSeconds;
      if (!transient || n > maxRetries) return outcome;
      if (asked !== undefined && asked > maxRetryAfterSeconds) return outcome;

      const delayMs =
        asked !== undefined ? asked * 1000 : backoffMs(n, baseBackoffMs);
      log.warn(
        {
          path,
          status: outcome.status ?? null,
          kind: error.kind,
          attempt: n,
          delayMs: Math.round(delayMs),
        },
        "retrying tmdb request",
      );
      await sleep(delayMs);
    }
  }

  async function load<T>(
    path: string,
    url: string,
    token: string,
    schema: z.ZodType<T>,
  ): Promise<TmdbResult<T>> {
    const outcome = await fetchWithRetries(path, url, token);
    if (!outcome.ok) return { ok: false, error: outcome.error };

    const parsed = schema.safeParse(outcome.json);
    if (!parsed.success) {
      return {
        ok: false,
        error: errorFromIssues(parsed.error, outcome.status),
      };
    }

    // zod's output lists keys in schema order; castlog stores TMDB's order.
    // The schemas transform nothing, so the raw value has the same type.
    return { ok: true, data: outcome.json as T };
  }

  function request<T>(
    token: string,
    path: string,
    query: Record<string, string>,
    schema: z.ZodType<T>,
  ): Promise<TmdbResult<T>> {
    const search = new URLSearchParams(query).toString();
    const url = `${baseUrl}${path}${search ? `?${search}` : ""}`;
    const key = `${url} ${digest(token)}`;

    // The key holds the URL, and the URL decides the schema, so whoever
    // shares a call expects the same type.
    const shared = inFlight.get(key) as Promise<TmdbResult<T>> | undefined;
    if (shared) return shared;

    const pending = load(path, url, token, schema);
    inFlight.set(key, pending);
    const forget = () => inFlight.delete(key);
    pending.then(forget, forget);
    return pending;
  }

  return {
    async getSeasonAggregateCredits(token, query) {
      const { seriesId, seasonNumber, language } = query;
      checkId("seriesId", seriesId, 1);
      checkId("seasonNumber", seasonNumber, 0);
      const path = `/3/tv/${seriesId}/season/${seasonNumber}/aggregate_credits`;
      return request(token, path, { language }, aggregateCreditsSchema);
    },

    async getSeriesDetails(token, { seriesId, language }) {
      checkId("seriesId", seriesId, 1);
      const path = `/3/tv/${seriesId}`;
      return request(token, path, { language }, seriesDetailsSchema);
    },

    async searchSeries(token, { query, language }) {
      if (query.trim() === "") throw new RangeError("query must not be empty");
      const path = "/3/search/tv";
      const search = { query, include_adult: "false", language, page: "1" };
      return request(token, path, search, seriesSearchSchema);
    },

    async validateToken(token) {
      const path = "/3/authentication";
      const result = await request(token, path, {}, authenticationSchema);
      if (!result.ok) return result;

      if (!result.data.success) {
        const message = "TMDB refused the token";
        const error = new TmdbError("unauthorized", message, { status: 200 });
        return { ok: false, error };
      }
      return { ok: true, data: true };
    },

    async ping(token) {
      const path = "/3/authentication";
      return contactOf(await attempt(path, `${baseUrl}${path}`, token, 1));
    },

    stats: () => ({ upstreamRequests, lastContact }),
  };
}
