import type { UnreachableReason } from "./reachability";

/** A statement's connection heard nothing back and the database is gone. */
export class DatabaseSilentError extends Error {
  constructor(timeoutMs: number) {
    super(`PostgreSQL did not answer within ${timeoutMs} ms`);
    this.name = "DatabaseSilentError";
  }
}

/** Connecting was refused, or not tried while the database is known down. */
export class DatabaseUnreachableError extends Error {
  constructor(reason: UnreachableReason, detail = "") {
    const what = reason === "timeout" ? "did not answer in time" : "failed";
    super(`Connecting to PostgreSQL ${what}${detail && `: ${detail}`}`);
    this.name = "DatabaseUnreachableError";
  }
}
