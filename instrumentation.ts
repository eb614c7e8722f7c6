// Opens (and migrates) the database when the server starts, so the first
// visitor does not wait for it and a locked PGlite directory fails the start
// instead of a page. Skipped while `next build` prerenders, which must not
// hold the directory. A PostgreSQL server that cannot be reached does not
// stop the start: the site answers 503 until it can, and the next request
// or health check that needs the database opens it again.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { configuredTarget, getDb } = await import("./lib/db");
  const { log } = await import("./lib/log");
  try {
    await getDb();
  } catch (error) {
    if (configuredTarget().kind !== "postgres") throw error;
    const message = error instanceof Error ? error.message : String(error);
    log.warn({ error: message }, "database not ready at start, will retry");
  }
}
