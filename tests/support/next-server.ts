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
 * own embedded database (removed on stop) and the given environment.
 */
export async function startNextServer(
  env: Record<string, string>,
  { isUp = (response) => response.ok }: StartOptions = {},
): Promise<NextServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "castlog-e2e-"));
  const pgliteDir = path.join(dataDir, "pglite");
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
    },
  );
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
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
