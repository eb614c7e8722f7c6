import { afterAll, beforeAll } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase, type OpenDatabase } from "@/lib/db/open";
import { databaseProbe } from "@/lib/db/probe";
import { createTestDatabase } from "./db";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

export type ProxiedPostgres = {
  /** The database reached through the proxy the test can break. */
  url: string;
  proxy: TcpProxy;
  /** A Prisma client through the proxy, with the given timeout. */
  db: OpenDatabase;
  /**
   * Lets connections through again and waits until the process has seen
   * the database back (for a second after an outage it fails fast).
   */
  recover(): Promise<void>;
};

/** `url` with its host and port replaced by the proxy's. */
export function throughProxy(url: string, proxy: TcpProxy): string {
  const proxied = new URL(url);
  proxied.host = proxy.host;
  return proxied.toString();
}

/**
 * A fresh PostgreSQL test database for the enclosing suite, reached
 * through a TCP proxy of its own: breaking it touches nothing else on the
 * shared server. Call inside a describe that is skipped without
 * TEST_DATABASE_URL.
 */
export function useProxiedPostgres(timeoutMs: number): () => ProxiedPostgres {
  let direct: OpenDatabase | undefined;
  let proxied: ProxiedPostgres | undefined;

  beforeAll(async () => {
    direct = await createTestDatabase("postgres");
    if (direct.target.kind !== "postgres") throw new Error("not PostgreSQL");
    const target = new URL(direct.target.url);
    const proxy = await startTcpProxy({
      host: target.hostname,
      port: Number(target.port || 5432),
    });
    const url = throughProxy(direct.target.url, proxy);
    const db = await openDatabase({ kind: "postgres", url, timeoutMs });
    const probe = databaseProbe(url, timeoutMs);
    const recover = async () => {
      await proxy.restore();
      while (!(await probe.check()).ok) await sleep(50);
    };
    proxied = { url, proxy, db, recover };
  });

  afterAll(async () => {
    await proxied?.proxy.restore();
    await proxied?.db.close();
    await proxied?.proxy.close();
    await direct?.close();
  });

  return () => proxied!;
}

/** How long `task` took to settle, and how. */
export async function timed<T>(task: () => Promise<T>) {
  const started = performance.now();
  const outcome = await task().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return { ...outcome, ms: performance.now() - started };
}
