import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

// The global setup has built the site, so the soak starts its own server
// at once. It uses its own fake TMDB server, port and database.
function runQuickSoak(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "soak", "--", "--quick"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("the quick soak", () => {
  it("meets every goal under faults and load, and says so on its last line", async () => {
    const { code, output } = await runQuickSoak();
    const lines = output.trim().split("\n");
    const last = lines.at(-1) ?? "";

    expect(last, output.slice(-3000)).toMatch(/^soak: PASS /);
    expect(last).toMatch(/ 5xx=0 /);
    expect(last).toMatch(/ history=intact$/);
    expect(code).toBe(0);
  }, 120_000);
});
