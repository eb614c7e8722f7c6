import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

// PGlite does not lock its data directory, and two processes writing one
// directory corrupt it. This lock file holds the owner's pid and command
// line, so the second process can say who is in the way.

const lockName = "castlog.lock";

export class DirectoryLockedError extends Error {
  constructor(dir: string, owner: string) {
    super(
      `The embedded database in ${dir} is in use by ${owner}. ` +
        "Only one process may open it at a time: stop that process, or " +
        "set DATABASE_URL to share a PostgreSQL server instead.",
    );
    this.name = "DirectoryLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): { pid: number; command: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as {
      pid?: unknown;
      command?: unknown;
    };
    if (typeof parsed.pid !== "number") return null;
    return { pid: parsed.pid, command: String(parsed.command ?? "") };
  } catch {
    return null;
  }
}

/**
 * Takes the lock on `dir` for this process and returns its release function.
 * A lock left by a dead process is taken over. Throws DirectoryLockedError
 * when a live process holds it.
 */
export function lockDirectory(dir: string): () => void {
  const file = path.join(dir, lockName);
  const me = JSON.stringify({
    pid: process.pid,
    command: process.argv.slice(1).join(" "),
  });

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, me);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }

    const owner = readOwner(file);
    if (owner && owner.pid === process.pid) return () => undefined;
    if (owner && isAlive(owner.pid)) {
      throw new DirectoryLockedError(
        dir,
        `process ${owner.pid} (${owner.command})`,
      );
    }
    rmSync(file, { force: true });
  }

  throw new DirectoryLockedError(dir, "another process");
}
