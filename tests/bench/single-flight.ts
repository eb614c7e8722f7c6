import type { FakeTmdb } from "../fake-tmdb/server";
import { atMost, figure, type Figure } from "./figures";
import { benchSeasonPath, writeBenchSeries } from "./seasons";

/**
 * TMDB requests caused by `total` simultaneous views of one season no
 * one has seen, spread evenly over the given servers.
 */
export async function measureSingleFlight(
  siteUrls: string[],
  tmdb: FakeTmdb,
  options: {
    seriesId: number;
    fixturesDir: string;
    total: number;
    label: string;
  },
): Promise<Figure[]> {
  const { seriesId, total, label } = options;
  writeBenchSeries(options.fixturesDir, seriesId, 1, 150);
  tmdb.resetCounts();

  const path = benchSeasonPath(seriesId, 1);
  const statuses = await Promise.all(
    Array.from({ length: total }, (_, i) =>
      fetch(siteUrls[i % siteUrls.length]! + path, { redirect: "manual" }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
      ),
    ),
  );
  const failed = statuses.filter((status) => status !== 200).length;
  if (failed > 0)
    throw new Error(`${failed} of ${total} views failed (${label})`);

  const counts = tmdb.requestCounts().byPath;
  const credits = counts[`/3/tv/${seriesId}/season/1/aggregate_credits`] ?? 0;
  const details = counts[`/3/tv/${seriesId}`] ?? 0;
  return [
    figure(
      `TMDB aggregate credits requests, ${total} concurrent views (${label})`,
      credits,
      "requests",
      atMost(1),
    ),
    figure(
      `TMDB series details requests, ${total} concurrent views (${label})`,
      details,
      "requests",
      atMost(1),
    ),
  ];
}
