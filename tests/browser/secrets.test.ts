import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open";
import { startFakeTmdb, type FakeTmdb } from "../fake-tmdb/server";
import { DEFAULT_TOKEN, makeToken } from "../fake-tmdb/token";
import { launchChromium } from "../support/browser";
import { fixturesDir } from "../support/fixtures";
import { startNextServer, type NextServer } from "../support/next-server";

// Every secret this run hands the site, and where each may appear.
const userToken = makeToken("65f0ca57109fa4e7de0000cc");
const secrets = {
  "site TMDB token": DEFAULT_TOKEN,
  "user TMDB token": userToken,
  NEXTAUTH_SECRET: "n".repeat(20) + "-session-signing-secret",
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 42).toString("base64"),
  CRON_SECRET: "cron-secret-for-the-scan-test",
};

/** Which secrets (or a distinctive part of one) a text contains. */
function leaks(text: string, extra: Record<string, string> = {}): string[] {
  const all = { ...secrets, ...extra };
  return Object.entries(all)
    .filter(([, secret]) => {
      const parts = [secret, ...secret.split(".").filter((p) => p.length > 16)];
      return parts.some((part) => text.includes(part));
    })
    .map(([name]) => name);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const scannedPaths = [
  "/",
  "/tv/93405-squid-game/season/2",
  "/api/tv/93405/season/2/aggregate_credits",
  "/signin",
  "/settings",
  "/dashboard",
  "/privacy",
  "/api/auth/session",
  "/api/auth/csrf",
  "/api/health",
];

describe("secrets", () => {
  let tmdb: FakeTmdb;
  let site: NextServer;
  let browser: Browser;
  const bodies: { url: string; text: string }[] = [];
  let sessionCookie = "";

  beforeAll(async () => {
    tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir,
      tokens: [DEFAULT_TOKEN, userToken],
    });
    site = await startNextServer({
      TMDB_API_URL: tmdb.url,
      TMDB_TOKEN: DEFAULT_TOKEN,
      NEXTAUTH_SECRET: secrets.NEXTAUTH_SECRET,
      TOKEN_ENCRYPTION_KEY: secrets.TOKEN_ENCRYPTION_KEY,
      CRON_SECRET: secrets.CRON_SECRET,
      CREDITS_MAX_AGE_SECONDS: "0",
      LOG_LEVEL: "debug",
    });
    browser = await launchChromium();
    const page = await browser.newPage();
    // Bodies are read as responses arrive (a later navigation would
    // discard them), and all awaited before the page closes.
    const reading: Promise<void>[] = [];
    page.on("response", (response) => {
      reading.push(
        response.text().then(
          (text) => void bodies.push({ url: response.url(), text }),
          () => undefined,
        ),
      );
    });
    const settle = async () => {
      await page.waitForLoadState("networkidle");
      await Promise.all(reading);
    };

    // An anonymous visit, a sign-in, and a signed-in round of pages.
    await page.goto(`${site.url}/tv/93405/season/2`);
    await settle();
    await page.goto(`${site.url}/signin?next=/settings`);
    await page.fill("#token", userToken);
    await Promise.all([
      page.waitForURL(`${site.url}/settings`),
      page.click("button[type=submit]"),
    ]);
    await settle();
    const cookies = await page.context().cookies();
    sessionCookie =
      cookies.find((c) => c.name.endsWith("session-token"))?.value ?? "";
    await page.close();

    // Then every page, anonymously and signed in, read whole.
    const signedIn = `next-auth.session-token=${sessionCookie}`;
    for (const cookie of ["", signedIn]) {
      for (const path of scannedPaths) {
        const response = await fetch(`${site.url}${path}`, {
          headers: { cookie },
          redirect: "manual",
        });
        bodies.push({ url: path, text: await response.text() });
      }
    }
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await tmdb?.close();
  });

  it("signed the test user in (so the signed-in pages were scanned)", () => {
    expect(sessionCookie).not.toBe("");
    expect(bodies.some((b) => b.text.includes(userToken.slice(-4)))).toBe(true);
  });

  it("sends no secret and no session cookie in any response body", () => {
    const found = bodies
      .map((b) => ({ url: b.url, leaks: leaks(b.text, { sessionCookie }) }))
      .filter((b) => b.leaks.length > 0);

    expect(bodies.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it("ships no secret in any client bundle", () => {
    const files = filesUnder(path.resolve(".next/static"));
    const found = files.filter((f) => leaks(readFileSync(f, "utf8")).length);

    expect(files.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  it("writes no secret and no session cookie to its logs", () => {
    expect(site.output()).toContain('"msg":"signed in"');
    expect(leaks(site.output(), { sessionCookie })).toEqual([]);
  });

  it("keeps the user's token only encrypted in the database", async () => {
    await site.stop({ keepData: true });
    const open = await openDatabase({ kind: "pglite", dir: site.pgliteDir });
    let dump = "";
    try {
      const tables = await open.db.$queryRaw<{ name: string }[]>`
        SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`;
      for (const { name } of tables) {
        const rows = await open.db.$queryRawUnsafe<{ row: string }[]>(
          `SELECT row_to_json(t)::text AS row FROM "${name}" t`,
        );
        dump += rows.map((r) => r.row).join("\n");
      }
      const stored = await open.db.tmdbToken.findMany();

      expect(stored).toHaveLength(1);
      expect(leaks(dump)).toEqual([]);
    } finally {
      await open.close();
      rmSync(path.dirname(site.pgliteDir), { recursive: true, force: true });
    }
  });
});
