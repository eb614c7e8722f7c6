import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { DbClient } from "../db/types";
import { log } from "../log";
import { forgetPages } from "./registry";

// Several server processes on one PostgreSQL each cache season pages.
// A write in one must reach the others' caches, or their readers would see
// the old page until its freshness ends. Every write that can change a
// page announces itself on a PostgreSQL channel; each process listens on
// one connection of its own and forgets its cached pages when it hears
// another process. A process caches pages only while it listens, so no
// announcement can pass unheard; on the embedded database there is no
// other process, and nothing to hear.

const channel = "castlog_pages";
const retryAfterMs = 5_000;

type Listener = {
  state: "connecting" | "listening" | "closed";
  closedAt: number;
};

// Survives Next loading this module in several bundles of one process.
const holder = globalThis as { castlogPageListener?: Listener };
const instance = randomUUID();

/**
 * Forgets this process's cached pages and tells every other process on the
 * database to forget theirs. Never throws: a failed announcement is
 * logged, and the other processes' pages stay until their freshness ends.
 */
export function pagesChanged(db: DbClient): void {
  forgetPages();
  db.$executeRaw`SELECT pg_notify(${channel}, ${instance})`.catch(
    (error: unknown) =>
      log.warn({ error: String(error) }, "could not announce a page change"),
  );
}

function close(listener: Listener, client: pg.Client, reason: string) {
  if (listener.state === "closed") return;
  // Announcements may have been missed from here on.
  forgetPages();
  listener.state = "closed";
  listener.closedAt = Date.now();
  log.warn({ reason }, "stopped listening for page changes");
  client.end().catch(() => undefined);
}

function listen(url: string): Listener {
  const listener: Listener = { state: "connecting", closedAt: 0 };
  const client = new pg.Client({ connectionString: url, keepAlive: true });
  client.on("notification", (message) => {
    if (message.payload !== instance) forgetPages();
  });
  client.on("error", (error) => close(listener, client, error.message));
  client.on("end", () => close(listener, client, "connection ended"));

  client
    .connect()
    .then(() => client.query(`LISTEN ${channel}`))
    .then(
      () => {
        if (listener.state === "connecting") listener.state = "listening";
      },
      (error: Error) => close(listener, client, error.message),
    );
  return listener;
}

/**
 * Whether this process hears other processes' page changes on the
 * database at `url`; starts listening, or listening again a while after
 * the last connection was lost, and says no until it does.
 */
export function hearsPageChanges(url: string): boolean {
  const known = holder.castlogPageListener;
  const retry =
    known?.state === "closed" && Date.now() - known.closedAt >= retryAfterMs;
  if (!known || retry) holder.castlogPageListener = listen(url);
  return holder.castlogPageListener!.state === "listening";
}
