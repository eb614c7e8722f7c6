import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { createPostgresDatabase } from "./db";
import { startNextServer, type NextServer } from "./next-server";
import { throughProxy } from "./proxied-postgres";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

export type OutageSite = {
  site: NextServer;
  /** Between the site and its database: cut it, blackhole it. */
  proxy: TcpProxy;
  stop(): Promise<void>;
};

/**
 * A production server on a PostgreSQL database of its own (new, empty:
 * the server migrates it), reached through a proxy the test can break.
 * With `down`, the proxy is cut before the server starts.
 */
export async function startOutageSite(options: {
  tmdbUrl: string;
  dbTimeoutMs: number;
  down?: boolean;
}): Promise<OutageSite> {
  const database = await createPostgresDatabase();
  const target = new URL(database.url);
  const proxy = await startTcpProxy({
    host: target.hostname,
    port: Number(target.port || 5432),
  });
  if (options.down) await proxy.cut();

  const site = await startNextServer(
    {
      DATABASE_URL: throughProxy(database.url, proxy),
      DB_TIMEOUT_MS: String(options.dbTimeoutMs),
      TMDB_API_URL: options.tmdbUrl,
      TMDB_TOKEN: DEFAULT_TOKEN,
      NEXTAUTH_SECRET: "outage-test-session-secret-0123456789",
      TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    },
    // Down, the site is up when it answers, with its 503.
    { isUp: (response) => response.ok || response.status === 503 },
  );

  return {
    site,
    proxy,
    stop: async () => {
      await site.stop();
      await proxy.close();
      await database.drop();
    },
  };
}

export type TimedAnswer = {
  status: number;
  body: string;
  headers: Headers;
  ms: number;
};

/** GET `url`, failing (not hanging) when it takes over `limitMs`. */
export async function timedGet(
  url: string,
  limitMs: number,
): Promise<TimedAnswer> {
  const started = performance.now();
  const response = await fetch(url, {
    redirect: "manual",
    signal: AbortSignal.timeout(limitMs),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, body, headers: response.headers, ms };
}

export type Polling = { attempts: number; everyMs: number; limitMs: number };

/**
 * GETs `url` until `done` holds for the answer, at most `attempts` times,
 * `everyMs` apart; every answer within `limitMs`. Returns them all.
 */
export async function getUntil(
  url: string,
  done: (answer: TimedAnswer) => boolean,
  { attempts, everyMs, limitMs }: Polling,
): Promise<TimedAnswer[]> {
  const answers: TimedAnswer[] = [];
  for (let n = 0; n < attempts; n++) {
    const answer = await timedGet(url, limitMs);
    answers.push(answer);
    if (done(answer)) return answers;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(
    `${url} never did: ${answers.map((a) => a.status).join(", ")}`,
  );
}
