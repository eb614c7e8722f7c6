import "server-only";
import { getEnv } from "../env";
import { createTmdbBudget } from "../limits";
import { createTmdbClient, type TmdbClient } from "./client";

export {
  createTmdbClient,
  type SeasonQuery,
  type SeriesQuery,
  type SeriesSearchQuery,
  type TmdbClient,
  type TmdbContact,
  type TmdbClientOptions,
} from "./client";
export {
  TmdbError,
  tmdbErrorKinds,
  type TmdbErrorKind,
  type TmdbResult,
} from "./errors";
export * from "./schemas";

// One client per process, so that every caller shares one rate budget and
// one table of in-flight calls; kept on globalThis so that development
// reloads of this module do not start a second budget. On PostgreSQL the
// budget is shared with every other process too (see lib/limits).
const holder = globalThis as { castlogTmdb?: TmdbClient };

/** The process-wide TMDB client, configured from the environment. */
export function getTmdbClient(): TmdbClient {
  if (!holder.castlogTmdb) {
    const env = getEnv();
    holder.castlogTmdb = createTmdbClient({
      baseUrl: env.TMDB_API_URL,
      maxRps: env.TMDB_MAX_RPS,
      timeoutMs: env.TMDB_TIMEOUT_MS,
      budget: createTmdbBudget(),
    });
  }
  return holder.castlogTmdb;
}
