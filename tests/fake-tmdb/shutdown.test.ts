import { describe, expect, it } from "vitest";
import { startFakeTmdb } from "./server";
import { bundledFixturesDir, getTmdb, season2Path } from "./test-support";
import { DEFAULT_TOKEN } from "./token";

describe("shutting down the fake TMDB server", () => {
  it("closes promptly while a response is still being delayed", async () => {
    const tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir: bundledFixturesDir,
    });
    tmdb.addFault({ path: season2Path, delayMs: 10_000 });
    const pending = getTmdb(tmdb.url, season2Path).catch(() => "dropped");
    await new Promise((resolve) => setTimeout(resolve, 50));

    const started = performance.now();
    await tmdb.close();
    await tmdb.close();

    expect(performance.now() - started).toBeLessThan(1000);
    expect(await pending).toBe("dropped");
  });

  it("keeps serving after a client gives up halfway through a slow body", async () => {
    const tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir: bundledFixturesDir,
    });
    tmdb.addFault({ path: season2Path, slowBodyMs: 400, times: 1 });

    try {
      const controller = new AbortController();
      const response = await fetch(`${tmdb.url}${season2Path}`, {
        headers: { authorization: `Bearer ${DEFAULT_TOKEN}` },
        signal: controller.signal,
      });
      await response.body?.getReader().read();
      controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect((await getTmdb(tmdb.url, season2Path)).status).toBe(200);
    } finally {
      await tmdb.close();
    }
  });
});
