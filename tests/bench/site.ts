import { randomBytes } from "node:crypto";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { startNextServer, type NextServer } from "../support/next-server";

/**
 * A production server against the fake TMDB server, on PostgreSQL when
 * `databaseUrl` is given, else on its own PGlite directory. Every view
 * comes from 127.0.0.1, so the per-address limit is lifted: the bench
 * measures pages, not the limiter.
 */
export function startBenchSite(
  tmdbUrl: string,
  databaseUrl: string | undefined,
): Promise<NextServer> {
  return startNextServer({
    TMDB_API_URL: tmdbUrl,
    TMDB_TOKEN: DEFAULT_TOKEN,
    TMDB_TIMEOUT_MS: "30000",
    RATE_LIMIT_IP_PER_MINUTE: "1000000",
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: "warn",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
}
