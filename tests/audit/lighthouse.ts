import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

export const categories = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
] as const;

export type Category = (typeof categories)[number];

/** Each category's score, 0 to 100. */
export type Scores = Record<Category, number>;

/** An audit that scored below full marks, to say what to fix. */
export type FailedAudit = { category: Category; id: string; title: string };

export type AuditResult = { scores: Scores; failed: FailedAudit[] };

// Debian's Chromium, as the browser suite uses it; Lighthouse must never
// download one of its own.
const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const chromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/**
 * Runs Lighthouse's four categories on one page in a Chromium of its own,
 * with Lighthouse's default (mobile) settings. Throws when Lighthouse
 * could not load the page.
 */
export async function auditPage(url: string): Promise<AuditResult> {
  const chrome = await launch({ chromePath, chromeFlags, logLevel: "error" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(
        `Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`,
      );
    }

    return { scores: scoresOf(lhr), failed: failedAudits(lhr) };
  } finally {
    chrome.kill();
  }
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function scoresOf(lhr: Report): Scores {
  const score = (category: Category) =>
    Math.round((lhr.categories[category]?.score ?? 0) * 100);
  return Object.fromEntries(
    categories.map((category) => [category, score(category)]),
  ) as Scores;
}

function failedAudits(lhr: Report): FailedAudit[] {
  return categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({ category, id: audit.id, title: audit.title })),
  );
}
