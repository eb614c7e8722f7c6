import type pg from "pg";
import { databaseProbe } from "./probe";
import { watchedClient } from "./watched-client";

/**
 * Settings for every pool castlog opens on PostgreSQL (Prisma's, the
 * locks', the TMDB budget's): connecting times out after timeoutMs, and a
 * statement on a database that stops answering fails within about twice
 * that (see watched-client.ts). The process's probe of the database is
 * what they ask, so one outage costs one check, however many wait.
 */
export function postgresPoolConfig(
  url: string,
  timeoutMs: number,
): pg.PoolConfig {
  const probe = databaseProbe(url, timeoutMs);
  const isDown = async () => !(await probe.current()).ok;
  const knownDown = () => probe.knownDown();
  const isRunning = (pid: number) => probe.isRunningStatement(pid);

  return {
    connectionString: url,
    Client: watchedClient({ timeoutMs, isDown, knownDown, isRunning }),
  };
}
