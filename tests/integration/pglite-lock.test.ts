import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openAdapter } from "@/lib/db/adapter";

const dir = mkdtempSync(path.join(os.tmpdir(), "castlog-lock-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a process that holds the directory until it is killed. */
async function holdInAnotherProcess(): Promise<{ pid: number; stop(): void }> {
  const code = `
    const { lockDirectory } = await import(${JSON.stringify(
      path.resolve("lib/db/lock.ts"),
    )});
    lockDirectory(${JSON.stringify(dir)});
    console.log("held");
    setInterval(() => {}, 1000);
  `;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", code],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve) =>
    child.stdout!.once("data", () => resolve()),
  );
  return { pid: child.pid!, stop: () => child.kill("SIGKILL") };
}

describe("the embedded database directory", () => {
  it("refuses a second process and names the one holding it", async () => {
    const holder = await holdInAnotherProcess();

    try {
      await expect(openAdapter({ kind: "pglite", dir })).rejects.toThrow(
        new RegExp(`in use by process ${holder.pid}`),
      );
    } finally {
      holder.stop();
    }
  });

  it("takes over a lock left by a process that died", async () => {
    const holder = await holdInAnotherProcess();
    holder.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const adapter = await openAdapter({ kind: "pglite", dir });
    await adapter.close();
  });
});
