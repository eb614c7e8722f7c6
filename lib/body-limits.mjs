// The limits on request bodies, shared by proxy.ts (which enforces them
// before anything else runs) and next.config.mjs (Next's own limit on
// server actions, set to the same value). castlog's forms send a token,
// ids and short texts: a few hundred bytes. Plain JavaScript so that
// next.config.mjs can import it.

/** The largest request body accepted, in bytes: 64 KiB. */
export const maxBodyBytes = 64 * 1024;

/** The deepest nesting of arrays and objects a JSON value may have. */
export const maxJsonDepth = 32;

/**
 * How much of a body Next buffers for the proxy to read. The proxy must
 * see more than maxBodyBytes of any larger body, so this leaves room for
 * the chunk that crosses Next's limit, which Next drops whole.
 */
export const proxyBufferBytes = 1024 * 1024;
