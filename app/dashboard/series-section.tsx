import type { SeriesStatus } from "@/lib/tracking";
import { seriesPath, tmdbSeriesUrl } from "@/lib/urls";
import { untrackSeriesAction } from "./actions";
import { SeasonTable } from "./season-table";

/** A series tracked whole: its name, its seasons, and its untrack button. */
export function SeriesSection({ status }: { status: SeriesStatus }) {
  const name = status.series?.name ?? `Series ${status.seriesId}`;
  const headingId = `series-${status.seriesId}`;

  return (
    <section aria-labelledby={headingId} className="tracked-series">
      <h3 id={headingId}>
        {status.series ? <a href={seriesPath(status.series)}>{name}</a> : name}{" "}
        <a
          href={tmdbSeriesUrl(status.seriesId)}
          className="tmdb"
          aria-label={`${name} on TMDB`}
        >
          TMDB
        </a>
      </h3>
      <form action={untrackSeriesAction} className="row-form">
        <input type="hidden" name="series" value={status.seriesId} />
        <button type="submit" aria-label={`Untrack ${name}`}>
          Untrack series
        </button>
      </form>
      {status.seasons.length > 0 ? (
        <SeasonTable
          caption={`Seasons of ${name}`}
          seasons={status.seasons}
          untrackable={false}
        />
      ) : (
        <p className="quiet">castlog does not know this series' seasons yet.</p>
      )}
    </section>
  );
}
