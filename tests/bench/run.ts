import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/lib/db/open";
import { startFakeTmdb, type FakeTmdb } from "../fake-tmdb/server";
import { ensureProductionBuild } from "../support/next-server";
import { createBenchDatabase } from "./database";
import { skipped, type Figure } from "./figures";
import { measureGrowth, measureIngest } from "./ingest";
import { measureMatrix } from "./matrix";
import {
  measureClientScripts,
  measureColdPage,
  measureWarmPage,
  removeStaticPage,
  reserveStaticPage,
} from "./pages";
import { measurePersonPage } from "./person-store";
import { measureSingleFlight } from "./single-flight";
import { startBenchSite } from "./site";

export type BenchOptions = {
  quick: boolean;
  /** Measures only the site's or only the database's figures. */
  only?: "site" | "store";
  latencyMs: number;
  /** A PostgreSQL server; its figures are skipped without one. */
  serverUrl: string | undefined;
  /** Called with each figure as soon as it is measured. */
  report: (figure: Figure) => void;
};

const noPostgres = "DATABASE_URL is not set";

async function measureSite(
  options: BenchOptions,
  tmdb: FakeTmdb,
  fixturesDir: string,
): Promise<void> {
  const { quick, latencyMs, serverUrl, report } = options;
  ensureProductionBuild();
  const database = serverUrl ? await createBenchDatabase(serverUrl) : null;
  reserveStaticPage();
  const site = await startBenchSite(tmdb.url, database?.url);
  try {
    const warm = await measureWarmPage(site.url, fixturesDir, quick ? 2 : 10);
    warm.figures.forEach(report);
    report(await measureClientScripts(site.url, warm.html));
    const cold = { fixturesDir, latencyMs };
    report(
      await measureColdPage(site.url, fixturesDir, {
        ...cold,
        firstSeriesId: 901601,
        count: quick ? 5 : 20,
        entries: 150,
        goalMs: 150,
      }),
    );
    report(
      await measureColdPage(site.url, fixturesDir, {
        ...cold,
        firstSeriesId: 901621,
        count: quick ? 2 : 5,
        entries: quick ? 1000 : 5000,
        goalMs: 1500,
      }),
    );
    const flight = { fixturesDir, total: 100 };
    (
      await measureSingleFlight([site.url], tmdb, {
        ...flight,
        seriesId: 901630,
        label: "one process",
      })
    ).forEach(report);

    if (!database) {
      report(
        skipped(
          "TMDB requests, two processes on one PostgreSQL",
          "requests",
          noPostgres,
        ),
      );
      return;
    }
    const second = await startBenchSite(tmdb.url, database.url);
    try {
      (
        await measureSingleFlight([site.url, second.url], tmdb, {
          ...flight,
          seriesId: 901631,
          label: "two processes, one PostgreSQL",
        })
      ).forEach(report);
    } finally {
      await second.stop();
    }
  } finally {
    await site.stop();
    removeStaticPage();
    await database?.close();
  }
}

async function measureStore(
  options: BenchOptions,
  tmdb: FakeTmdb,
  fixturesDir: string,
): Promise<void> {
  const { quick, serverUrl, report } = options;
  // The quick run stores a smaller season so that it ends within a minute.
  const ingest = { entries: quick ? 500 : 5000, refetches: quick ? 3 : 10 };
  const growth = { entries: ingest.entries, refetches: quick ? 10 : 100 };

  const pglite = await openDatabase({ kind: "memory" });
  try {
    (await measureIngest(pglite.db, "pglite", ingest)).forEach(report);
    if (!serverUrl) {
      report(
        await measureMatrix(
          pglite.db,
          { url: tmdb.url, fixturesDir },
          "pglite",
          quick ? 5 : 20,
        ),
      );
    }
  } finally {
    await pglite.close();
  }

  if (!serverUrl) {
    report(skipped("ingest and storage growth on PostgreSQL", "", noPostgres));
    report(
      skipped(
        "person page queries over 1,000,000 credit versions",
        "ms",
        noPostgres,
      ),
    );
    return;
  }

  const postgres = await createBenchDatabase(serverUrl);
  try {
    (await measureIngest(postgres.db, "postgres", ingest)).forEach(report);
    report(await measureGrowth(postgres.db, postgres.url, growth));
    report(
      await measureMatrix(
        postgres.db,
        { url: tmdb.url, fixturesDir },
        "postgres",
        quick ? 5 : 20,
      ),
    );
  } finally {
    await postgres.close();
  }
  report(
    await measurePersonPage(
      serverUrl,
      quick ? 100_000 : 1_000_000,
      quick ? 20 : 50,
    ),
  );
}

/** Runs every measurement once, reporting figures as they come. */
export async function runBench(options: BenchOptions): Promise<void> {
  const fixturesDir = mkdtempSync(path.join(os.tmpdir(), "castlog-bench-"));
  const tmdb = await startFakeTmdb({
    port: 0,
    fixturesDir,
    latencyMs: options.latencyMs,
  });
  try {
    if (options.only !== "store") {
      await measureSite(options, tmdb, fixturesDir);
    }
    if (options.only !== "site") {
      await measureStore(options, tmdb, fixturesDir);
    }
  } finally {
    await tmdb.close();
    rmSync(fixturesDir, { recursive: true, force: true });
  }
}
