"use server";

import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { log } from "@/lib/log";
import {
  regenerateFeed,
  stopTrackingSeason,
  stopTrackingSeries,
} from "@/lib/tracking";
import {
  addFormSchema,
  formFields,
  formNames,
  seasonFormSchema,
  seriesFormSchema,
} from "@/lib/tracking/params";
import { refreshAllFollowed } from "@/lib/tracking/refresh-all";
import {
  addTrackedSeason,
  addTrackedSeries,
  refreshFollowedSeason,
  type TrackingResult,
} from "@/lib/tracking/with-token";

// Each action acts on the signed-in user's own tracking only: the user id
// comes from the session, never from the form. Each ends on the dashboard
// with a message key it knows how to say.

const back = (result: TrackingResult, done: string): never =>
  redirect(
    result.ok
      ? `/dashboard?done=${done}`
      : `/dashboard?error=${result.failure}`,
  );

function parse<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false };
  },
  form: FormData,
): T {
  const parsed = schema.safeParse(formFields(form, formNames));
  if (!parsed.success) redirect("/dashboard?error=malformed");
  return parsed.data;
}

const seasonKey = (fields: {
  series: number;
  season: number;
  language: string;
}) => ({
  seriesId: fields.series,
  seasonNumber: fields.season,
  language: fields.language,
});

/** Adds a season (with a season number) or a whole series by TMDB id. */
export async function addAction(form: FormData): Promise<void> {
  const viewer = await requireViewer("/dashboard");
  const fields = parse(addFormSchema, form);

  const result =
    fields.season === undefined
      ? await addTrackedSeries(viewer, fields.series)
      : await addTrackedSeason(
          viewer,
          seasonKey({ ...fields, season: fields.season }),
        );
  back(result, "tracked");
}

/** Tracks a series found by searching TMDB. */
export async function trackSeriesAction(form: FormData): Promise<void> {
  const viewer = await requireViewer("/dashboard");
  const fields = parse(seriesFormSchema, form);

  back(await addTrackedSeries(viewer, fields.series), "tracked");
}

export async function untrackSeasonAction(form: FormData): Promise<void> {
  const viewer = await requireViewer("/dashboard");
  const fields = parse(seasonFormSchema, form);

  await stopTrackingSeason(viewer.id, seasonKey(fields));
  back({ ok: true }, "untracked");
}

export async function untrackSeriesAction(form: FormData): Promise<void> {
  const viewer = await requireViewer("/dashboard");
  const fields = parse(seriesFormSchema, form);

  await stopTrackingSeries(viewer.id, fields.series);
  back({ ok: true }, "untracked");
}

/** Fetches one tracked season from TMDB now, with the user's token. */
export async function refreshSeasonAction(form: FormData): Promise<void> {
  const viewer = await requireViewer("/dashboard");
  const fields = parse(seasonFormSchema, form);

  const result = await refreshFollowedSeason(viewer, seasonKey(fields));
  if (!result.ok && result.failure === "not_found") {
    redirect("/dashboard?error=season_missing");
  }
  back(result, "refreshed");
}

/** Fetches every tracked season from TMDB now, with the user's token. */
export async function refreshAllAction(): Promise<void> {
  const viewer = await requireViewer("/dashboard");

  const tally = await refreshAllFollowed(viewer);
  log.info({ userId: viewer.id, ...tally }, "tracked seasons refreshed");
  if (tally.stoppedBy) redirect(`/dashboard?error=${tally.stoppedBy}`);
  if (tally.failed > 0) redirect("/dashboard?error=some_failed");
  redirect(
    tally.missing > 0
      ? "/dashboard?done=refreshed_some_missing"
      : "/dashboard?done=refreshed_all",
  );
}

/** Gives the private feed a new secret address; the old one stops working. */
export async function regenerateFeedAction(): Promise<void> {
  const viewer = await requireViewer("/dashboard");

  await regenerateFeed(viewer.id);
  log.info({ userId: viewer.id }, "feed key regenerated");
  redirect("/dashboard?done=feed_regenerated#feed");
}
