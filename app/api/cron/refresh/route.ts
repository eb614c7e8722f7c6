import { getEnv } from "@/lib/env";
import { startRefreshJob } from "@/lib/refresh-job";
import { answerCronRefresh } from "@/lib/refresh-job/cron";

/**
 * Refreshes every tracked season, for schedulers and `npm run refresh`:
 * `Authorization: Bearer <CRON_SECRET>`. Answers the summary as JSON, or
 * streams progress as JSON lines when asked with
 * `Accept: application/x-ndjson`.
 */
export function POST(request: Request) {
  return answerCronRefresh(request, getEnv().CRON_SECRET, startRefreshJob);
}
