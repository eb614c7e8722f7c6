// `npm run audit`: measures the season page of a production build with
// Lighthouse, served with the fake TMDB server's fixtures, prints the four
// scores and writes them to tests/.tmp/lighthouse.json (not committed).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startFakeTmdb } from "../fake-tmdb/server";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { fixturesDir } from "../support/fixtures";
import { ensureProductionBuild, startNextServer } from "../support/next-server";
import { auditPage, categories, type AuditResult } from "./lighthouse";
import { auditedSeasonPath } from "./season-page";

const resultFile = path.resolve("tests/.tmp/lighthouse.json");

async function auditSeasonPage(): Promise<AuditResult & { url: string }> {
  ensureProductionBuild();
  const tmdb = await startFakeTmdb({ port: 0, fixturesDir });
  const site = await startNextServer({
    TMDB_API_URL: tmdb.url,
    TMDB_TOKEN: DEFAULT_TOKEN,
  });
  try {
    const url = `${site.url}${auditedSeasonPath}`;
    // The first view fetches and stores the season; the audit measures
    // the page as later visitors get it.
    await fetch(url);
    return { url, ...(await auditPage(url)) };
  } finally {
    await site.stop();
    await tmdb.close();
  }
}

function printResult({ url, scores, failed }: AuditResult & { url: string }) {
  console.log(`Lighthouse on ${url}`);
  for (const category of categories) {
    console.log(`  ${category.padEnd(15)} ${scores[category]}`);
  }
  for (const audit of failed) {
    console.log(`  below full marks (${audit.category}): ${audit.title}`);
  }
}

const result = await auditSeasonPage();
printResult(result);
mkdirSync(path.dirname(resultFile), { recursive: true });
writeFileSync(
  resultFile,
  JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2) + "\n",
);
console.log(`Scores written to ${path.relative(".", resultFile)}`);
