"use server";

import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { getStoredSeries } from "@/lib/series";
import { stopTrackingSeason, stopTrackingSeries } from "@/lib/tracking";
import { addFormSchema, formFields, formNames } from "@/lib/tracking/params";
import { addTrackedSeason, addTrackedSeries } from "@/lib/tracking/with-token";
import { defaultLanguage, seasonPath, seriesPath } from "@/lib/urls";

// The track button of season and series pages posts here. The pages read
// no session (so they stay cacheable); these actions do, and send the
// visitor back to the page, or to sign in first.

type Target = { series: number; season?: number; language: string };

function parseTarget(form: FormData): Target {
  const parsed = addFormSchema.safeParse(formFields(form, formNames));
  if (!parsed.success) redirect("/");
  return parsed.data;
}

/** The page the button was on, rebuilt from the target, never the form. */
async function pageOf(target: Target): Promise<string> {
  const series = (await getStoredSeries(target.series)) ?? {
    id: target.series,
    slug: "",
  };
  if (target.season === undefined) return seriesPath(series);
  const language =
    target.language === defaultLanguage ? undefined : target.language;
  return seasonPath(series, target.season, { language });
}

async function viewerOrSignIn(page: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?next=${encodeURIComponent(page)}`);
  return viewer;
}

/** Tracks the page's season or series and goes back to the page. */
export async function trackFromPageAction(form: FormData): Promise<void> {
  const target = parseTarget(form);
  const page = await pageOf(target);
  const viewer = await viewerOrSignIn(page);

  const result =
    target.season === undefined
      ? await addTrackedSeries(viewer, target.series)
      : await addTrackedSeason(viewer, {
          seriesId: target.series,
          seasonNumber: target.season,
          language: target.language,
        });
  // The page cannot show a message without reading the session, so a
  // failure is told on the dashboard.
  if (!result.ok) redirect(`/dashboard?error=${result.failure}`);
  redirect(page);
}

/** Stops tracking the page's season or series and goes back to the page. */
export async function untrackFromPageAction(form: FormData): Promise<void> {
  const target = parseTarget(form);
  const page = await pageOf(target);
  const viewer = await viewerOrSignIn(page);

  if (target.season === undefined) {
    await stopTrackingSeries(viewer.id, target.series);
  } else {
    await stopTrackingSeason(viewer.id, {
      seriesId: target.series,
      seasonNumber: target.season,
      language: target.language,
    });
  }
  redirect(page);
}
