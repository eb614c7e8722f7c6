import "server-only";
import { settleWithin } from "../async";
import { getDb } from "../db";
import { configuredDatabaseProbe } from "../db/probe";
import type { UnreachableReason } from "../db/reachability";
import { getEnv } from "../env";

export type DatabaseHealth =
  | { ok: true; ms: number }
  | { ok: false; ms: number; reason: UnreachableReason | "starting" };

/**
 * Whether the database can serve: opened and migrated (this retries an
 * open that failed, so a server started during an outage recovers without
 * traffic), and answering. Answers within about DB_TIMEOUT_MS.
 */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const timeoutMs = getEnv().DB_TIMEOUT_MS;
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);

  const opened = await settleWithin(getDb(), timeoutMs);
  if (!opened) return { ok: false, ms: ms(), reason: "starting" };
  if ("error" in opened) return { ok: false, ms: ms(), reason: "unreachable" };

  const probe = configuredDatabaseProbe();
  if (probe) {
    // Not the driver's message: it may name hosts and users.
    const found = await probe.current();
    if (found.ok) return { ok: true, ms: found.ms };
    return { ok: false, ms: found.ms, reason: found.reason };
  }

  // The embedded database lives in this process: a query shows it works.
  await opened.value.$queryRaw`SELECT 1`;
  return { ok: true, ms: ms() };
}
