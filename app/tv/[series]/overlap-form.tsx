import type { SeriesRef } from "@/lib/series";
import { seriesOverlapPath } from "@/lib/urls";

/** Asks for another series and opens the people the two share. */
export function OverlapForm(props: {
  series: SeriesRef;
  language: string | undefined;
  value?: string;
}) {
  return (
    <form
      method="get"
      action={seriesOverlapPath(props.series)}
      className="inline-form"
    >
      {props.language && (
        <input type="hidden" name="language" value={props.language} />
      )}
      <label>
        Another series (TMDB id){" "}
        <input
          name="with"
          required
          inputMode="numeric"
          pattern="[1-9][0-9]*(-[a-z0-9-]+)?"
          size={12}
          defaultValue={props.value}
        />
      </label>{" "}
      <button type="submit">Find people in both</button>
    </form>
  );
}
