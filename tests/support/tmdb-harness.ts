import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { SeasonKey } from "@/lib/credits/ingest";
import { refreshSeason } from "@/lib/credits/refresh";
import type { Db } from "@/lib/db/open";
import { createTmdbClient, type TmdbClient } from "@/lib/tmdb/client";
import { startFakeTmdb, type FakeTmdb } from "../fake-tmdb/server";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { fixturesDir, writeFixture } from "./fixtures";

export type TmdbHarness = {
  fake: FakeTmdb;
  tmdb: TmdbClient;
  /** The harness's own copy of the fixtures, free to rewrite. */
  fixtures: string;
  /**
   * Replaces (or adds) the answer to `GET /3/<relative>`, for example
   * "tv/93405/season/2/aggregate_credits"; the next fetch sees it.
   */
  writeFixture(relative: string, body: unknown): void;
  /** Fetches a season through the real client and ingests it. */
  refresh(db: Db, key: SeasonKey): ReturnType<typeof refreshSeason>;
  close(): Promise<void>;
};

/**
 * The fake TMDB server on a private copy of the shipped fixtures, with a
 * client that talks to it over HTTP: the path production fetches take.
 */
export async function startTmdbHarness(
  options: { tokens?: string[] } = {},
): Promise<TmdbHarness> {
  const fixtures = mkdtempSync(path.join(os.tmpdir(), "castlog-fixtures-"));
  cpSync(fixturesDir, fixtures, { recursive: true });
  const fake = await startFakeTmdb({
    port: 0,
    fixturesDir: fixtures,
    tokens: options.tokens,
  });
  const tmdb = createTmdbClient({
    baseUrl: fake.url,
    maxRps: 100,
    timeoutMs: 2000,
    maxRetries: 1,
    baseBackoffMs: 1,
  });

  return {
    fake,
    tmdb,
    fixtures,
    writeFixture: (relative, body) => writeFixture(fixtures, relative, body),
    // Series details are refetched every time (max age 0), so a rewritten
    // series fixture is seen at once.
    refresh: (db, key) => refreshSeason(db, tmdb, DEFAULT_TOKEN, key, 0),
    close: async () => {
      await fake.close();
      rmSync(fixtures, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a harness before the file's tests and closes it after them.
 * Returns a getter: the harness exists only once the tests start.
 */
export function setUpTmdbHarness(
  options: { tokens?: string[] } = {},
): () => TmdbHarness {
  let harness: TmdbHarness | undefined;

  beforeAll(async () => {
    harness = await startTmdbHarness(options);
  });
  afterAll(() => harness?.close());

  return () => {
    if (!harness) throw new Error("the TMDB harness starts with the tests");
    return harness;
  };
}
