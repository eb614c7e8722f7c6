import { defaultLanguage } from "@/lib/urls";
import "@/app/styles/track.css";
import { trackFromPageAction, untrackFromPageAction } from "./track-actions";

type Props = {
  seriesId: number;
  /** The season to track; without it, the whole series. */
  seasonNumber?: number;
  /** The season's language (a series is followed in the default one). */
  language?: string;
};

/**
 * Track and untrack buttons for a season or series page. Reads no session,
 * so the page around it stays the same for every visitor: the actions
 * find out who is signed in, and send anonymous visitors to sign in.
 */
export function TrackButton({ seriesId, seasonNumber, language }: Props) {
  const what = seasonNumber === undefined ? "series" : "season";

  return (
    <form className="track-form" action={trackFromPageAction}>
      <input type="hidden" name="series" value={seriesId} />
      {seasonNumber === undefined ? null : (
        <>
          <input type="hidden" name="season" value={seasonNumber} />
          <input
            type="hidden"
            name="language"
            value={language ?? defaultLanguage}
          />
        </>
      )}
      <button type="submit">Track this {what}</button>
      <button type="submit" formAction={untrackFromPageAction}>
        Untrack
      </button>
      <span className="hint">on your dashboard and private feed</span>
    </form>
  );
}
