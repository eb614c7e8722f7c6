import { Time } from "@/app/components/time";
import type { SeasonCredits } from "@/lib/credits/load";
import { toCreditsView } from "@/lib/credits/view";
import { CastList } from "./cast-list";
import { CrewList } from "./crew-list";

function Notice({ data }: { data: SeasonCredits }) {
  if (!data.notice) return null;

  if (data.notice.kind === "gone") {
    return (
      <p className="notice" role="status">
        TMDB no longer lists this season (since <Time at={data.notice.since} />
        ). castlog keeps its history; showing data as of{" "}
        <Time at={data.checkedAt} />.
      </p>
    );
  }
  return (
    <p className="notice" role="status">
      Could not refresh from TMDB, showing data as of{" "}
      <Time at={data.checkedAt} />.
    </p>
  );
}

export function SeasonCreditsView({ data }: { data: SeasonCredits }) {
  const view = toCreditsView(data.credits);
  const season = data.key.seasonNumber;

  return (
    <article>
      <h1>
        {data.series.name}: {season === 0 ? "Specials" : `Season ${season}`}
      </h1>
      <p className="meta">
        Full cast &amp; crew · updated <Time at={data.checkedAt} />
      </p>
      <Notice data={data} />
      <h2 id="cast">Cast ({view.cast.length})</h2>
      <CastList cast={view.cast} />
      <h2 id="crew">Crew ({view.crewCount})</h2>
      <CrewList departments={view.departments} />
    </article>
  );
}
