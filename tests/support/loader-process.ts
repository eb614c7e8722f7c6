import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import type { SeasonKey } from "@/lib/credits/ingest";

export type LoaderSummary = { loaded: number; failures: string[] };

export type LoaderProcess = {
  /** Starts loading; resolves to what the process printed at the end. */
  go(): Promise<LoaderSummary>;
  kill(): void;
};

const tsx = path.resolve("node_modules/.bin/tsx");
const script = path.resolve("tests/support/season-loader.ts");

/**
 * Starts tests/support/season-loader.ts in a process of its own, with
 * `env` on top of a test configuration, and resolves once it is ready.
 */
export async function startLoaderProcess(
  seasons: SeasonKey[],
  env: Record<string, string>,
): Promise<LoaderProcess> {
  const child: ChildProcess = spawn(
    tsx,
    ["--conditions=react-server", script, JSON.stringify(seasons)],
    {
      env: {
        ...process.env,
        NODE_ENV: "test",
        LOG_LEVEL: "error",
        NEXTAUTH_SECRET: "a-session-secret-for-these-tests-only",
        TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
        ...env,
      },
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  // The iterator keeps lines that arrive before they are asked for.
  const lines = createInterface({ input: child.stdout! })[
    Symbol.asyncIterator
  ]();
  // "close" comes after the last line has been read.
  const closed = once(child, "close").then(() => null);
  const nextLine = async () => {
    const next = await Promise.race([lines.next(), closed]);
    if (next && !next.done) return String(next.value);
    throw new Error("the loader process ended without answering");
  };

  const first = await nextLine();
  if (first !== "ready") throw new Error(`loader said ${first}`);

  return {
    async go() {
      child.stdin!.write("go\n");
      return JSON.parse(await nextLine()) as LoaderSummary;
    },
    kill: () => void child.kill("SIGKILL"),
  };
}
