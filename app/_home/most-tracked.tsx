import Link from "next/link";
import type { TrackedSeriesCount } from "@/lib/home";
import { seriesPath, tmdbSeriesUrl } from "@/lib/urls";

const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);

function TrackedItem({ count }: { count: TrackedSeriesCount }) {
  const { seriesId, series } = count;

  return (
    <li>
      {series ? (
        <Link href={seriesPath(series)}>{series.name}</Link>
      ) : (
        // Tracked before castlog stored its details: the series page
        // fetches them on the first visit.
        <Link href={seriesPath({ id: seriesId, slug: "" })}>
          TMDB series {seriesId}
        </Link>
      )}{" "}
      <span className="meta">
        tracked by {people(count.trackers)} ·{" "}
        <a href={tmdbSeriesUrl(seriesId)}>on TMDB</a>
      </span>
    </li>
  );
}

/** The series the most people track, whole or by season. */
export function MostTracked({ counts }: { counts: TrackedSeriesCount[] }) {
  return (
    <section aria-labelledby="most-tracked">
      <h2 id="most-tracked">Most-tracked series</h2>
      {counts.length === 0 ? (
        <p className="quiet">Nobody tracks a series yet.</p>
      ) : (
        <ol className="most-tracked" aria-label="Most-tracked series">
          {counts.map((count) => (
            <TrackedItem key={count.seriesId} count={count} />
          ))}
        </ol>
      )}
    </section>
  );
}
