// The bytes of cached season page renders, kept by the proxy. Next can
// serve a cached render itself, but its path for a page (routing the
// rewrite, preparing the route, encoding the HTML string) costs about as
// much again as the bytes; answered from memory, a warm season page is
// as cheap as a static file. Copies are named by their render's ETag and
// held within a byte budget, least recently used first out. Like the
// registry, they live on globalThis and import nothing.
//
// A load that fails (the site does not answer itself on 127.0.0.1, or
// cannot render) pauses loading for a while: views are then served by
// Next's own path, rather than each trying, failing and logging again.

/** A render as the proxy sends it again. */
export type PageCopy = {
  body: Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
};

type Store = {
  copies: Map<string, Promise<PageCopy | null>>;
  sizes: Map<string, number>;
  bytes: number;
  /** No loads before this time, in milliseconds since 1970. */
  pausedUntil: number;
};

export const pauseAfterFailureMs = 10_000;

const slot = Symbol.for("castlog.page-copies");
const holder = globalThis as { [slot]?: Store };

function store(): Store {
  holder[slot] ??= {
    copies: new Map(),
    sizes: new Map(),
    bytes: 0,
    pausedUntil: 0,
  };
  return holder[slot];
}

function drop(etag: string): void {
  const state = store();
  state.copies.delete(etag);
  state.bytes -= state.sizes.get(etag) ?? 0;
  state.sizes.delete(etag);
}

// Oldest use first: a Map keeps the order of insertion, and every use
// reinserts its copy. Copies still loading hold no bytes yet.
function keepWithin(budgetBytes: number, keep: string): void {
  const state = store();
  for (const etag of state.copies.keys()) {
    if (state.bytes <= budgetBytes) return;
    if (etag !== keep && state.sizes.has(etag)) drop(etag);
  }
}

/**
 * The copy named `etag`, loading it with `load` the first time (once, for
 * any number of concurrent views). `kept` tells whether it was already
 * held. A copy that failed to load (null) is not kept; the next load is
 * tried once the pause after the failure is over, and until then the
 * copy is null.
 */
export function pageCopy(
  etag: string,
  load: () => Promise<PageCopy | null>,
  budgetBytes: number,
): { copy: Promise<PageCopy | null>; kept: boolean } {
  const state = store();
  const known = state.copies.get(etag);
  if (known) {
    state.copies.delete(etag);
    state.copies.set(etag, known);
    return { copy: known, kept: true };
  }
  if (Date.now() < state.pausedUntil) {
    return { copy: Promise.resolve(null), kept: false };
  }

  const copy: Promise<PageCopy | null> = load().then(
    (loaded) => settle(etag, copy, loaded, budgetBytes),
    () => settle(etag, copy, null, budgetBytes),
  );
  state.copies.set(etag, copy);
  return { copy, kept: false };
}

function settle(
  etag: string,
  copy: Promise<PageCopy | null>,
  loaded: PageCopy | null,
  budgetBytes: number,
): PageCopy | null {
  const state = store();
  // Forgotten or pushed out while it loaded: still good for this view.
  if (state.copies.get(etag) !== copy) return loaded;

  if (!loaded) state.pausedUntil = Date.now() + pauseAfterFailureMs;
  if (!loaded || loaded.body.byteLength > budgetBytes) {
    state.copies.delete(etag);
    return loaded;
  }
  state.sizes.set(etag, loaded.body.byteLength);
  state.bytes += loaded.body.byteLength;
  keepWithin(budgetBytes, etag);
  return loaded;
}

/** Drops every copy; see forgetPages. */
export function forgetCopies(): void {
  const state = store();
  state.copies.clear();
  state.sizes.clear();
  state.bytes = 0;
  state.pausedUntil = 0;
}

/** How many bytes the kept copies hold. */
export function copiedBytes(): number {
  return store().bytes;
}
