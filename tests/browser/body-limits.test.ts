import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxBodyBytes, maxJsonDepth } from "@/lib/body-limits.mjs";
import { openDatabase } from "@/lib/db/open";
import { startFakeTmdb, type FakeTmdb } from "../fake-tmdb/server";
import { makeToken } from "../fake-tmdb/token";
import { fixturesDir } from "../support/fixtures";
import { fetchNextAuthCsrf } from "../support/next-auth";
import { startNextServer, type NextServer } from "../support/next-server";

// Every place that takes a body, sent bodies too large or too deeply
// nested. Each carries a token TMDB accepts, so that a body that got
// through would sign someone in: the database shows that none did.

const refusedToken = makeToken("65f0ca57109fa4e7de0000d1");
const acceptedToken = makeToken("65f0ca57109fa4e7de0000d2");
const cronSecret = "cron-secret-for-body-limits";
const padding = "x".repeat(maxBodyBytes + 1);
const deep = "[".repeat(maxJsonDepth + 1) + "]".repeat(maxJsonDepth + 1);

/** The same bytes without a Content-Length, in chunks, as uploads stream. */
async function chunked(body: BodyInit) {
  const response = new Response(body);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16_384) {
        controller.enqueue(bytes.slice(at, at + 16_384));
      }
      controller.close();
    },
  });
  const type = response.headers.get("content-type");
  return { stream, type: type ?? "application/octet-stream" };
}

describe("request bodies", () => {
  let tmdb: FakeTmdb;
  let site: NextServer;
  let actionId = "";

  const post = (path: string, init: RequestInit) =>
    fetch(`${site.url}${path}`, {
      method: "POST",
      redirect: "manual",
      ...init,
    } as RequestInit);

  /** The sign-in form as a browser without JavaScript posts it. */
  const signInForm = (token: string, extra: Record<string, string> = {}) => {
    const form = new FormData();
    form.set(`$ACTION_ID_${actionId}`, "");
    form.set("next", "/privacy");
    form.set("token", token);
    for (const [name, value] of Object.entries(extra)) form.set(name, value);
    return form;
  };

  /** next-auth's credentials sign-in, with its CSRF cookie and token. */
  async function nextAuthSignIn(body: (csrfToken: string) => BodyInit) {
    const { csrfToken, cookie } = await fetchNextAuthCsrf(site.url);
    return { cookie, body: body(csrfToken) };
  }

  beforeAll(async () => {
    tmdb = await startFakeTmdb({
      port: 0,
      fixturesDir,
      tokens: [refusedToken, acceptedToken],
    });
    site = await startNextServer({
      TMDB_API_URL: tmdb.url,
      CRON_SECRET: cronSecret,
    });
    const html = await (await fetch(`${site.url}/signin`)).text();
    actionId = /\$ACTION_ID_([0-9a-f]+)/.exec(html)?.[1] ?? "";
  });

  afterAll(async () => {
    await site?.stop();
    await tmdb?.close();
  });

  it("refuses a sign-in form over the limit with a 413 saying so", async () => {
    const response = await post("/signin", {
      body: signInForm(refusedToken, { padding }),
    });

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: "body_too_large",
      message: "Request bodies are limited to 64 KiB.",
    });
    expect(response.headers.get("content-security-policy")).toContain(
      "frame-ancestors 'none'",
    );
  });

  it("refuses an oversize body sent without a length", async () => {
    const { stream, type } = await chunked(
      signInForm(refusedToken, { padding }),
    );

    const response = await post("/signin", {
      body: stream,
      headers: { "content-type": type },
      duplex: "half",
    } as RequestInit);

    expect(response.status).toBe(413);
  });

  it("refuses deeply nested JSON to a server action with a 400", async () => {
    const asText = await post("/signin", {
      body: deep,
      headers: {
        "next-action": actionId,
        "content-type": "text/plain;charset=UTF-8",
      },
    });
    const asForm = await post("/signin", {
      body: signInForm(refusedToken, { "0": deep }),
      headers: { "next-action": actionId },
    });

    for (const response of [asText, asForm]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: "body_too_deeply_nested",
        message:
          "JSON in a request may nest arrays and objects at most 32 deep.",
      });
    }
  });

  it("refuses oversize and deeply nested bodies to next-auth's sign-in", async () => {
    const large = await nextAuthSignIn(
      (csrfToken) =>
        new URLSearchParams({ csrfToken, token: refusedToken, padding }),
    );
    const nested = await nextAuthSignIn((csrfToken) =>
      JSON.stringify({
        csrfToken,
        token: refusedToken,
        json: JSON.parse(deep),
      }),
    );

    const tooLarge = await post("/api/auth/callback/tmdb-token", {
      headers: {
        cookie: large.cookie,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: large.body,
    });
    const tooDeep = await post("/api/auth/callback/tmdb-token", {
      headers: { cookie: nested.cookie, "content-type": "application/json" },
      body: nested.body,
    });

    expect(tooLarge.status).toBe(413);
    expect(tooDeep.status).toBe(400);
  });

  it("refuses an oversize body to the refresh endpoint, secret or not", async () => {
    const response = await post("/api/cron/refresh", {
      headers: { authorization: `Bearer ${cronSecret}` },
      body: padding,
    });

    expect(response.status).toBe(413);
  });

  it("still signs in with a form of ordinary size", async () => {
    const response = await post("/signin", {
      body: signInForm(acceptedToken),
    });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/privacy");
  });

  it("wrote nothing for any refused body", async () => {
    await site.stop({ keepData: true });
    const open = await openDatabase({ kind: "pglite", dir: site.pgliteDir });
    try {
      const users = await open.db.user.findMany({
        select: { tmdbAccountId: true },
      });
      const attempts = await open.db.rateLimit.aggregate({
        _sum: { count: true },
      });

      expect(users).toEqual([{ tmdbAccountId: "65f0ca57109fa4e7de0000d2" }]);
      // The one sign-in that got through is the only attempt counted.
      expect(attempts._sum.count).toBe(1);
      expect(await open.db.trackedSeason.count()).toBe(0);
    } finally {
      await open.close();
    }
  });
});
