import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** One rule broken on a page, with the elements that break it. */
export type Violation = { id: string; impact: string; targets: string[] };

/**
 * Runs axe-core in the page as it stands and returns what it finds. The
 * page's context needs `bypassCSP`, since axe arrives as an inline script.
 */
export async function findViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    (
      globalThis as unknown as { axe: { run(): Promise<AxeResults> } }
    ).axe.run(),
  );

  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? "unknown",
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

/** Violations as lines that say what to fix and where. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(", ")}`)
    .join("\n");
}
