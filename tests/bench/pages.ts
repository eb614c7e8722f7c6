import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { atLeast, atMost, figure, type Figure } from "./figures";
import { benchSeasonPath, writeBenchSeries } from "./seasons";
import { median, timeMs } from "./stats";

export const staticDir = path.resolve("public/bench");
export const staticFile = path.join(staticDir, "season.html");

/**
 * Next lists public/ files when it starts, so the static page must exist
 * before the server does; its bytes are written once the season is known.
 */
export function reserveStaticPage(): void {
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(staticFile, "");
}

export function removeStaticPage(): void {
  rmSync(staticDir, { recursive: true, force: true });
}

async function getPage(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200)
    throw new Error(`${url} answered ${response.status}`);
  return body;
}

/**
 * Successful answers per second over a whole run. Answers that timed out
 * or failed count for nothing: a page that cannot keep up scores low
 * rather than stopping the bench.
 */
async function requestsPerSecond(
  url: string,
  seconds: number,
): Promise<number> {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  return (result.requests.total - result.non2xx) / result.duration;
}

/**
 * Warm season page throughput ÷ a static file of the same HTML from the
 * same server, measured one after the other. Also returns the HTML.
 */
export async function measureWarmPage(
  siteUrl: string,
  fixturesDir: string,
  seconds: number,
): Promise<{ figures: Figure[]; html: string }> {
  const seriesId = 901600;
  writeBenchSeries(fixturesDir, seriesId, 1, 150);
  const pageUrl = siteUrl + benchSeasonPath(seriesId, 1);
  // The first view fetches and stores the season; the next are warm.
  await getPage(pageUrl);
  await getPage(pageUrl);
  const html = await getPage(pageUrl);
  writeFileSync(staticFile, html);
  const staticUrl = `${siteUrl}/bench/season.html`;
  await getPage(staticUrl);

  const page = await requestsPerSecond(pageUrl, seconds);
  const file = await requestsPerSecond(staticUrl, seconds);
  if (file === 0) throw new Error(`${staticUrl} answered nothing`);
  return {
    html,
    figures: [
      figure("warm season page", page, "req/s", atLeast(0)),
      figure("static page of the same HTML", file, "req/s", atLeast(0)),
      figure(
        "warm season page ÷ static page",
        page / file,
        "ratio",
        atLeast(0.9),
      ),
    ],
  };
}

/**
 * p50 time of a season page seen for the first time, beyond the fake
 * TMDB server's added latency: each request is a new series and season
 * of `entries` entries (series details and credits are fetched together).
 */
export async function measureColdPage(
  siteUrl: string,
  fixturesDir: string,
  options: {
    firstSeriesId: number;
    count: number;
    entries: number;
    latencyMs: number;
    goalMs: number;
  },
): Promise<Figure> {
  const { firstSeriesId, count, entries, latencyMs } = options;
  for (let i = 0; i < count; i += 1) {
    writeBenchSeries(fixturesDir, firstSeriesId + i, 1, entries);
  }

  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const url = siteUrl + benchSeasonPath(firstSeriesId + i, 1);
    samples.push((await timeMs(() => getPage(url))) - latencyMs);
  }
  return figure(
    `cold season page p50 beyond upstream latency, ${entries} entries`,
    median(samples),
    "ms",
    atMost(options.goalMs),
  );
}

function scriptSources(html: string): Set<string> {
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)];
  return new Set(sources.map((match) => match[1]!.replaceAll("&amp;", "&")));
}

/**
 * Gzipped bytes of the scripts the season page loads that an empty page
 * of the same app (the privacy page) does not.
 */
export async function measureClientScripts(
  siteUrl: string,
  seasonHtml: string,
): Promise<Figure> {
  const empty = scriptSources(await getPage(`${siteUrl}/privacy`));
  const extra = [...scriptSources(seasonHtml)].filter((src) => !empty.has(src));

  let bytes = 0;
  for (const src of extra) {
    const body = await getPage(new URL(src, siteUrl).toString());
    bytes += gzipSync(body).length;
  }
  return figure(
    "client JavaScript on the season page beyond an empty page (gzip)",
    bytes / 1024,
    "KB",
    atMost(5),
  );
}
