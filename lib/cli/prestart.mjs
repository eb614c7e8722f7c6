// `npm start` builds the site first when there is no production build, or
// when the sources are newer than it, so that a fresh clone starts with
// `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildSecurityHeaders } from "../security-headers.mjs";

const buildId = ".next/BUILD_ID";
const sources = [
  "app",
  "lib",
  "prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "package.json",
];

function newestChange(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.basename(entry) === "generated") return 0;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))),
  );
}

// The build records the response headers, HSTS included only for an https
// SITE_URL: a build made for the other kind of address is stale too.
function builtForAnotherScheme() {
  const manifest = ".next/routes-manifest.json";
  if (!existsSync(manifest)) return true;
  const hasHsts = (headers) =>
    JSON.stringify(headers).includes("Strict-Transport-Security");
  const built = JSON.parse(readFileSync(manifest, "utf8")).headers;
  const wanted = buildSecurityHeaders({
    siteUrl: process.env.SITE_URL,
    production: true,
  });
  return hasHsts(built) !== hasHsts(wanted);
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.filter(existsSync).map(newestChange));

if (changedAt > builtAt || builtForAnotherScheme()) {
  console.log("castlog: building the production site first");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
