"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer, viewerTmdbToken } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { languageSchema, seriesIdSchema } from "@/lib/credits/params";
import { countTmdbAction } from "@/lib/limits/requests";
import { getStoredSeries } from "@/lib/series";
import { fetchMissingSeasons } from "@/lib/series/fetch-seasons";
import { seriesPath } from "@/lib/urls";

const fetchFormSchema = z.object({
  series: seriesIdSchema,
  language: languageSchema.catch("en-US"),
});

/**
 * Fetches the seasons of a stored series that castlog has not stored yet,
 * with the viewer's token or the site's, then shows the series page again.
 * A form naming no stored series goes back to the home page.
 */
export async function fetchMissingSeasonsAction(form: FormData) {
  const parsed = fetchFormSchema.safeParse({
    series: form.get("series") ?? undefined,
    language: form.get("language") ?? undefined,
  });
  const series = parsed.success
    ? await getStoredSeries(parsed.data.series)
    : null;
  if (!parsed.success || !series) redirect("/");

  // The page offers this to everyone, so that it need not know who is
  // signed in: without the viewer's token or the site's, sign in first.
  const back = seriesPath(series, { language: parsed.data.language });
  const viewer = await getViewer();
  const viewerToken = await viewerTmdbToken(viewer);
  if (!viewerToken && !getEnv().TMDB_TOKEN) {
    redirect(`/signin?next=${encodeURIComponent(back)}`);
  }

  await fetchMissingSeasons(
    series.id,
    parsed.data.language,
    viewerToken?.token,
    () => countTmdbAction(viewer),
  );
  redirect(back);
}
