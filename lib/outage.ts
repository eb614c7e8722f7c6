import { NextResponse, type NextRequest } from "next/server";
import { configuredDatabaseProbe } from "./db/probe";
import { parseEnv } from "./env";
import { json } from "./http";
import { log } from "./log";
import { fetchSelf, isSelfFetch } from "./self-fetch";

// While PostgreSQL cannot be reached, the proxy answers in place of the
// site: 503 at once, instead of pages waiting for the database to time
// out. Next gives pages no way to answer 503, so the designed page
// (app/unavailable) is rendered by the site itself, fetched once over
// loopback, and served with the status here. It needs no database and
// is the same for every address; its "reload" link is the page asked for.

const unavailablePath = "/unavailable";

/** Answers that must work during an outage: it is how it is detected. */
const alwaysServed = new Set(["/api/health"]);

const retryAfterSeconds = 10;

const outageHeaders = {
  "retry-after": String(retryAfterSeconds),
  "cache-control": "no-store",
};

let designedPage: string | undefined;

async function loadDesignedPage(request: NextRequest): Promise<string> {
  if (designedPage) return designedPage;

  const response = await fetchSelf(request, unavailablePath, 5000);
  if (!response.ok) throw new Error(`status ${response.status}`);
  designedPage = await response.text();
  return designedPage;
}

// Only if the site could not render its own page.
const plainPage =
  "<!doctype html><title>castlog is unavailable</title>" +
  "<h1>castlog is unavailable</h1><p>Its database cannot be reached. " +
  'Try again in a minute: <a href="">reload this page</a>.</p>';

async function unavailablePage(request: NextRequest): Promise<Response> {
  const html = await loadDesignedPage(request).catch((error: unknown) => {
    log.error({ error: String(error) }, "could not load the unavailable page");
    return plainPage;
  });
  const body = request.method === "HEAD" ? null : html;
  return new Response(body, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", ...outageHeaders },
  });
}

let usesPostgres: boolean | undefined;

/** Never on the embedded database, which lives inside the process. */
async function isDatabaseDown(): Promise<boolean> {
  usesPostgres ??= Boolean(parseEnv().DATABASE_URL);
  const probe = usesPostgres ? configuredDatabaseProbe() : null;
  return probe !== null && !(await probe.current()).ok;
}

/**
 * The answer for a request while the database is unreachable, or null to
 * let the site answer it.
 */
export async function answerOutage(
  request: NextRequest,
): Promise<Response | null> {
  const path = request.nextUrl.pathname;
  if (alwaysServed.has(path)) return null;
  if (path === unavailablePath && isSelfFetch(request)) return null;

  if (!(await isDatabaseDown())) {
    if (path !== unavailablePath) return null;
    // Asked for directly, the page would claim an outage there is not:
    // an address no route has gets the site's 404.
    return NextResponse.rewrite(new URL(`${path}/none`, request.url));
  }

  if (path.startsWith("/api/")) {
    const message = "castlog's database cannot be reached; try again soon.";
    return json({ error: "unavailable", message }, 503, outageHeaders);
  }
  return unavailablePage(request);
}
