import { NextResponse, type NextRequest } from "next/server";
import { checkRequestBody } from "./lib/request-body";
import { isCrossSiteWrite } from "./lib/same-origin";

const refuse = (status: number, error: string, message: string) =>
  NextResponse.json({ error, message }, { status });

/**
 * Runs before any route or server action. Refuses, each with a clear
 * status and message: state-changing requests made by other sites' pages
 * (CSRF, 403; Next also checks server actions' origin, but answers a bare
 * 500), and bodies too large (413) or too deeply nested (400) for the
 * parsers that would otherwise meet them first (lib/request-body.ts).
 */
export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return refuse(
      403,
      "cross_site_request",
      "Requests that change something must come from castlog itself.",
    );
  }

  const refusal = await checkRequestBody(request);
  if (refusal) return refuse(refusal.status, refusal.error, refusal.message);
  return NextResponse.next();
}

export const config = {
  // Static files never change state; skipping them keeps them fast.
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};
