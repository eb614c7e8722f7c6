import { fetchMissingSeasonsAction } from "./actions";

/** A button that fetches the listed seasons castlog has not stored yet. */
export function FetchSeasonsForm(props: {
  seriesId: number;
  language: string;
  missing: number;
}) {
  if (props.missing === 0) return null;

  return (
    <form action={fetchMissingSeasonsAction} className="inline-form">
      <input type="hidden" name="series" value={props.seriesId} />
      <input type="hidden" name="language" value={props.language} />
      <button type="submit">
        Fetch the {props.missing} season{props.missing === 1 ? "" : "s"} not
        stored yet from TMDB
      </button>
    </form>
  );
}
