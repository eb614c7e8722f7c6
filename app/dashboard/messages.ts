// What the dashboard says after an action, by the key the action passed
// in `?done=` or `?error=`. Unknown keys say nothing.

const done: Record<string, string> = {
  tracked: "Tracked. It is on your dashboard and in your feed.",
  untracked: "No longer tracked.",
  refreshed: "Fetched from TMDB just now.",
  refreshed_all: "Every season you track was fetched from TMDB just now.",
  refreshed_some_missing:
    "Fetched from TMDB just now. TMDB has no credits for some of the seasons.",
  feed_regenerated:
    "Your feed has a new address. The old one no longer works: update your feed reader.",
};

const errors: Record<string, string> = {
  malformed: "That form was not filled in correctly; nothing changed.",
  token_invalid:
    "Your TMDB token no longer works, so castlog cannot ask TMDB for you. Replace it in settings.",
  token_rejected:
    "TMDB refused your token just now. Replace it in settings to fetch again.",
  not_found: "TMDB has no such series or season; nothing was tracked.",
  unavailable:
    "TMDB could not be reached; what castlog stored is shown. Try again soon.",
  limit:
    "You track as many seasons or series as castlog allows. Untrack some first.",
  not_tracked: "You do not track that season.",
  rate_limited:
    "You have fetched from TMDB as often as castlog allows in a minute (rate limited). Try again in a minute.",
  season_missing: "TMDB has no credits for that season at the moment.",
  some_failed:
    "Some seasons could not be fetched from TMDB; the others were. Try again soon.",
};

type Query = Record<string, string | string[] | undefined>;

/** The message for the query's `done` or `error` key, if it has one. */
export function actionMessage(
  query: Query,
): { kind: "done" | "error"; text: string } | null {
  const error = typeof query.error === "string" ? errors[query.error] : null;
  if (error) return { kind: "error", text: error };
  const ok = typeof query.done === "string" ? done[query.done] : null;
  return ok ? { kind: "done", text: ok } : null;
}
