import { checkHealth } from "@/lib/health";
import { json } from "@/lib/http";

/**
 * For load balancers: 200 while the site can serve (its database
 * answers), 503 while it cannot, with the database's and TMDB's state as
 * JSON. Never cached, so every check sees the present.
 */
export async function GET() {
  const report = await checkHealth();
  const status = report.status === "ok" ? 200 : 503;
  return json(report, status, { "cache-control": "no-store" });
}
