import { spawn } from "node:child_process";

export type FinishedCommand = {
  code: number | null;
  stdout: string;
  stderr: string;
};

/**
 * Runs `npm run refresh` to its end, with this process's environment
 * minus the settings that choose what it does, plus `env`.
 */
export function runRefreshCommand(
  env: Record<string, string>,
): Promise<FinishedCommand> {
  const child = spawn("npm", ["run", "--silent", "refresh"], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      CRON_SECRET: "",
      SITE_URL: "",
      LOG_LEVEL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve) =>
    child.once("close", (code) => resolve({ code, stdout, stderr })),
  );
}
