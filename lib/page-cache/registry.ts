// Which season pages the server may answer from its cache of rendered
// pages, and until when. The page records a season once it has rendered it
// from a fresh snapshot; proxy.ts reads the record to route the next
// anonymous view to the cached render. Both run in one server process but
// in separate module graphs, so the record lives on globalThis. It holds
// no secret and no viewer data, and imports nothing but the proxy's copies
// of the renders (copies.ts), so the proxy bundle stays small.

import { forgetCopies } from "./copies";

export type CachedPage = {
  /** Part of the cached page's address: a new key is a new render. */
  key: number;
  /** When the snapshot stops being fresh, in milliseconds since 1970. */
  freshUntil: number;
  /** Names this render for conditional requests (If-None-Match). */
  etag: string;
};

type Registry = {
  entries: Map<string, CachedPage>;
  nextKey: number;
  // Keys restart at 1 with the process, and each process counts its own,
  // so an ETag also names the process: one never vouches for another's.
  instance: string;
};

const slot = Symbol.for("castlog.page-cache");
const holder = globalThis as { [slot]?: Registry };

function registry(): Registry {
  holder[slot] ??= {
    entries: new Map(),
    nextKey: 1,
    instance: crypto.randomUUID().slice(0, 8),
  };
  return holder[slot];
}

/** Records that `path` shows a snapshot that is fresh until `freshUntil`. */
export function rememberPage(path: string, freshUntil: number): void {
  const state = registry();
  const known = state.entries.get(path);
  if (known && known.freshUntil === freshUntil) return;

  const key = state.nextKey++;
  const etag = `W/"${state.instance}-${key}"`;
  state.entries.set(path, { key, freshUntil, etag });
}

/** The cached render's key for `path`, if it is still fresh. */
export function cachedPage(path: string, now = Date.now()): CachedPage | null {
  const entry = registry().entries.get(path);
  if (!entry) return null;
  if (entry.freshUntil > now) return entry;

  registry().entries.delete(path);
  return null;
}

/**
 * Forgets every page. Called on every write that can change what a season
 * page shows (its credits, its series, its neighbours), which is rare
 * next to views, so precision is not worth a map from writes to pages.
 */
export function forgetPages(): void {
  registry().entries.clear();
  forgetCopies();
}
