import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export type NextServer = {
  url: string;
  /** Its embedded database's directory (PGLITE_DIR). */
  pgliteDir: string;
  /** Everything the server wrote, for assertions about logs. */
  output: () => string;
  /** Stops it; its data goes too unless `keepData` (then the caller's). */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /**
   * Kills its whole process group with SIGKILL, as a crash would: no
   * shutdown code runs. Its data stays. Needs `ownProcessGroup`.
   */
  crash(): Promise<void>;
};

export type NextServerOptions = {
  /**
   * An embedded database directory of the caller's, kept on stop, so that
   * a later server can start on the same data.
   */
  pgliteDir?: string;
  /** Starts the server as the leader of a process group of its own. */
  ownProcessGroup?: boolean;
};

/** Builds the production site unless the build is newer than the code. */
export function ensureProductionBuild(): void {
  const result = spawnSync("node", ["lib/cli/prestart.mjs"], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type StartOptions = {
  /** Whether an answer from "/" means the server is up; default: a 2xx. */
  isUp?: (response: Response) => boolean;
};

async function waitUntilUp(
  url: string,
  child: ChildProcess,
  isUp: (response: Response) => boolean,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("server exited early");
    const up = await fetch(url).then(isUp, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Starts `next start` from the production build on a free port with its
 * own embedded database (removed on stop, unless it is the caller's) and
 * the given environment.
 */
export async function startNextServer(
  env: Record<string, string>,
  options: NextServerOptions & StartOptions = {},
): Promise<NextServer> {
  const { isUp = (response: Response) => response.ok } = options;
  const port = await freePort();
  const ownData = !options.pgliteDir;
  const dataDir = options.pgliteDir
    ? path.dirname(options.pgliteDir)
    : mkdtempSync(path.join(os.tmpdir(), "castlog-e2e-"));
  const pgliteDir = options.pgliteDir ?? path.join(dataDir, "pglite");
  let output = "";
  const child = spawn(
    "node",
    ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        PGLITE_DIR: pgliteDir,
        DATABASE_URL: "",
        LOG_LEVEL: "info",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: options.ownProcessGroup ?? false,
    },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const running = () => child.exitCode === null && child.signalCode === null;
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child, isUp);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output}`);
  }

  return {
    url,
    pgliteDir,
    output: () => output,
    stop: async ({ keepData = false } = {}) => {
      if (running()) {
        child.kill("SIGTERM");
        await exited;
      }
      if (ownData && !keepData) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    crash: async () => {
      if (!options.ownProcessGroup) throw new Error("no process group");
      if (running()) {
        process.kill(-child.pid!, "SIGKILL");
        await exited;
      }
    },
  };
}
