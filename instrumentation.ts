// Opens (and migrates) the database when the server starts, so the first
// visitor does not wait for it and a locked PGlite directory fails the start
// instead of a page. Skipped while `next build` prerenders, which must not
// hold the directory.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { getDb } = await import("./lib/db");
  await getDb();
}
