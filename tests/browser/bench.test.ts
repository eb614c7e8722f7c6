import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Figure } from "../bench/figures";

const dir = mkdtempSync(path.join(os.tmpdir(), "castlog-bench-test-"));
const out = path.join(dir, "results.json");

/** Runs `npm run bench -- --quick` and resolves to its exit code. */
function runQuickBench(): Promise<number> {
  const child = spawn(
    "npx",
    [
      "tsx",
      "--conditions=react-server",
      "tests/bench/cli.ts",
      "--quick",
      "--out",
      out,
    ],
    {
      env: {
        ...process.env,
        // The bench creates and drops databases of its own on this server.
        DATABASE_URL: process.env.TEST_DATABASE_URL ?? "",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  return new Promise((resolve) =>
    child.on("exit", (code) => resolve(code ?? 1)),
  );
}

describe("the quick benchmark", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("produces every figure with a number and a goal", async () => {
    expect(await runQuickBench()).toBe(0);
    const figures = JSON.parse(readFileSync(out, "utf8")) as Figure[];

    // Without PostgreSQL its figures are listed as skipped, not dropped.
    const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
    expect(figures.length).toBe(withPostgres ? 19 : 15);
    for (const figure of figures) {
      if (!withPostgres && figure.value === null) continue;
      expect(figure.value, figure.name).toEqual(expect.any(Number));
      expect(Number.isFinite(figure.value), figure.name).toBe(true);
      expect(figure.goal, figure.name).toMatch(/^(<=|>=) \d/);
      expect(typeof figure.met).toBe("boolean");
    }
  }, 300_000);
});
