import { NextResponse, type NextRequest } from "next/server";
import { answerOutage } from "./lib/outage";
import { isCrossSiteWrite } from "./lib/same-origin";

/**
 * Refuses state-changing requests made by other sites' pages (CSRF) with a
 * clear 403, before any route or server action runs. Next also checks
 * server actions' origin, but answers a bare 500. Then, while the database
 * cannot be reached, answers 503 in place of the site (lib/outage.ts).
 */
export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return NextResponse.json(
      {
        error: "cross_site_request",
        message:
          "Requests that change something must come from castlog itself.",
      },
      { status: 403 },
    );
  }

  return (await answerOutage(request)) ?? NextResponse.next();
}

export const config = {
  // Static files need no database and never change state; skipping them
  // keeps them fast.
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};
