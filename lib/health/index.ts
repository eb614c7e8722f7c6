import "server-only";
import { getEnv } from "../env";
import { getTmdbClient } from "../tmdb";
import { checkDatabaseHealth, type DatabaseHealth } from "./database";
import { createTmdbHealth, type TmdbHealth } from "./tmdb";

export type HealthReport = {
  /** "ok" when the site can serve pages: its database answers. */
  status: "ok" | "unavailable";
  database: DatabaseHealth;
  /** Informative: without TMDB the site still serves what it stored. */
  tmdb: TmdbHealth;
};

// TMDB's state may be this old: see createTmdbHealth.
const tmdbRecentMs = 30_000;
// A load balancer's check should be answered within a couple of seconds.
const tmdbWaitMs = 2_000;

let checkTmdb: ReturnType<typeof createTmdbHealth> | undefined;

/** The site's health for load balancers; never rejects. */
export async function checkHealth(): Promise<HealthReport> {
  checkTmdb ??= createTmdbHealth({
    client: getTmdbClient(),
    token: getEnv().TMDB_TOKEN ?? "",
    recentMs: tmdbRecentMs,
  });

  const [database, tmdb] = await Promise.all([
    checkDatabaseHealth().catch((): DatabaseHealth => ({
      ok: false,
      ms: 0,
      reason: "unreachable",
    })),
    checkTmdb(tmdbWaitMs),
  ]);
  return { status: database.ok ? "ok" : "unavailable", database, tmdb };
}
