import { TrackButton } from "@/app/components/track-button";
import { EpisodeBars } from "@/app/components/charts/episode-bars";
import { Time } from "@/app/components/time";
import { filterCreditsView } from "@/lib/credits/filter";
import type { SeasonCredits } from "@/lib/credits/load";
import { toCreditsView } from "@/lib/credits/view";
import { seasonLabel } from "@/lib/series/season-label";
import { seasonPath } from "@/lib/urls";
import { CastList } from "./cast-list";
import {
  CreditFilterForm,
  FilterStatus,
  IgnoredFilterNotice,
} from "./credit-filter";
import { CrewList } from "./crew-list";
import { ExportLinks } from "./export-links";
import type { SeasonRoute } from "./route-params";
import { SeasonLanguages } from "./season-languages";
import { SeasonLinks, SeasonNeighbours } from "./season-nav";
import { AsOfBanner, IgnoredAsOfNotice, RefreshNotice } from "./season-notices";

// Beyond this many bars the picture stops being readable at a glance; the
// list below still has every count.
const maxBars = 40;

type ViewRoute = Pick<
  SeasonRoute,
  "asOf" | "asOfIgnored" | "filter" | "filterIgnored" | "query"
>;

export function SeasonCreditsView({
  data,
  route,
}: {
  data: SeasonCredits;
  route: ViewRoute;
}) {
  const place = {
    series: data.series,
    seasonNumber: data.key.seasonNumber,
    language: data.key.language,
  };
  const latest = seasonPath(data.series, place.seasonNumber, {
    language: place.language,
  });
  const unfiltered = seasonPath(data.series, place.seasonNumber, {
    language: place.language,
    as_of: route.query.as_of,
  });
  const everyone = toCreditsView(data.credits);
  const filtered = route.filter
    ? filterCreditsView(everyone, route.filter)
    : undefined;
  const view = filtered?.view ?? everyone;

  return (
    <article className="season">
      {/* A filtered page is a view of the canonical one, not a page of its
          own; its metadata stays the canonical page's. */}
      {filtered && <meta name="robots" content="noindex" />}
      <SeasonNeighbours {...place} />
      <h1>
        {data.series.name}: {seasonLabel(place.seasonNumber)}
      </h1>
      <p className="meta">
        Full cast &amp; crew · updated <Time at={data.checkedAt} />
      </p>
      {route.asOf && (
        <AsOfBanner
          asOf={route.asOf}
          fetchedAt={data.snapshot.fetchedAt}
          latestHref={latest}
        />
      )}
      {route.asOfIgnored && <IgnoredAsOfNotice />}
      {route.filterIgnored && <IgnoredFilterNotice />}
      <RefreshNotice data={data} />
      <SeasonLinks {...place} />
      <SeasonLanguages {...place} filter={route.filter} />
      <TrackButton
        seriesId={data.series.id}
        seasonNumber={place.seasonNumber}
        language={place.language}
      />
      <ExportLinks data={data} />
      <CreditFilterForm
        path={seasonPath(data.series, place.seasonNumber)}
        language={place.language}
        asOf={route.query.as_of}
        filter={route.filter}
      />
      {filtered && route.filter && (
        <FilterStatus
          counts={filtered.counts}
          filter={route.filter}
          clearHref={unfiltered}
        />
      )}
      <h2 id="cast">Cast ({view.cast.length})</h2>
      {view.cast.length > 0 && (
        <EpisodeBars
          id="cast-episodes"
          title="Episodes per cast member"
          noun="cast members"
          limit={maxBars}
          bars={view.cast.map((member) => ({
            name: member.name,
            episodes: member.totalEpisodeCount,
          }))}
        />
      )}
      <CastList cast={view.cast} />
      <h2 id="crew">Crew ({view.crewCount})</h2>
      <CrewList departments={view.departments} />
    </article>
  );
}
