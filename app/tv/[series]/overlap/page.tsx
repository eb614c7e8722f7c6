import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageMetadata } from "@/app/components/page-metadata";
import { queryValues, seriesSegmentSchema } from "@/lib/credits/params";
import { getStoredSeries, type SeriesRef } from "@/lib/series";
import { parseOverlapQuery, type IgnoredParameter } from "@/lib/series/params";
import { getSeriesOverlap } from "@/lib/series/views";
import { defaultLanguage, seriesOverlapPath, seriesPath } from "@/lib/urls";
import "@/app/styles/series.css";
import { IgnoredNotices } from "../notices";
import { OverlapForm } from "../overlap-form";
import { givenValues, type SeriesPageProps } from "../route-params";
import { loadSeriesForPage } from "../series-for-page";
import { OverlapTable } from "./overlap-table";

// More shared people than this is a list nobody reads to the end.
const overlapRows = 300;

async function parseOverlapRoute(props: SeriesPageProps) {
  const params = await props.params;
  const series = seriesSegmentSchema.safeParse(params.series);
  if (!series.success) return null;

  const raw = queryValues(await props.searchParams);
  return {
    segment: params.series,
    seriesId: series.data.id,
    ...parseOverlapQuery(raw),
    given: givenValues(raw, ["language", "with"]),
  };
}

// One page per pair of series is more than search engines should list.
export async function generateMetadata(
  props: SeriesPageProps,
): Promise<Metadata> {
  const route = await parseOverlapRoute(props);
  const series = route && (await getStoredSeries(route.seriesId));
  if (!route || !series) return { robots: { index: false } };

  const wanted = route.values.with;
  const other = wanted && (await getStoredSeries(wanted.id));
  const pair = `${series.name} and ${other ? other.name : "another series"}`;
  return pageMetadata({
    title: `People in ${pair}`,
    description: `The people credited in both ${pair}, with their episodes in each.`,
    path: seriesOverlapPath(series, {
      language: route.values.language,
      with: other ? String(other.id) : undefined,
    }),
    index: false,
  });
}

/** Why there is no other series to compare with, or null when there is. */
function missingOther(
  series: SeriesRef,
  other: { id: number } | undefined,
  ignored: IgnoredParameter[],
): string | null {
  if (ignored.some((issue) => issue.parameter === "with")) return null;
  if (!other) return "Choose a series to compare with.";
  if (other.id === series.id) return "Choose a series other than this one.";
  return null;
}

export default async function OverlapPage(props: SeriesPageProps) {
  const route = await parseOverlapRoute(props);
  if (!route) notFound();

  const loaded = await loadSeriesForPage(route, (series) =>
    seriesOverlapPath(series, route.given),
  );
  if (!loaded.ok) return loaded.page;
  const { series } = loaded;

  const { language, with: wanted } = route.values;
  const shownLanguage = language === defaultLanguage ? undefined : language;
  const reason = missingOther(series, wanted, route.ignored);
  const other = wanted && !reason ? await getStoredSeries(wanted.id) : null;

  return (
    <article className="overlap-page">
      <h1>
        People in {series.name} and {other ? other.name : "another series"}
      </h1>
      <p className="meta">
        Back to{" "}
        <Link href={seriesPath(series, { language: shownLanguage })}>
          {series.name}
        </Link>{" "}
        · language {language}
      </p>
      <IgnoredNotices
        ignored={route.ignored}
        instead="choose a series with the form below"
      />
      {reason && (
        <p className="notice" role="status">
          {reason}
        </p>
      )}
      <OverlapForm
        series={series}
        language={shownLanguage}
        value={route.given.with}
      />
      {wanted && !reason && !other && (
        <p className="notice" role="status">
          castlog has not stored a series with the id {wanted.id}. Open{" "}
          <Link href={seriesPath({ id: wanted.id, slug: "" })}>its page</Link>{" "}
          to add it, then fetch its seasons there.
        </p>
      )}
      {other && <SharedPeople series={[series, other]} language={language} />}
    </article>
  );
}

async function SharedPeople(props: {
  series: [SeriesRef, SeriesRef];
  language: string;
}) {
  const ids: [number, number] = [props.series[0].id, props.series[1].id];
  const shared = await getSeriesOverlap(ids, props.language, overlapRows);
  const shownLanguage =
    props.language === defaultLanguage ? undefined : props.language;

  if (shared.total === 0) {
    return (
      <p>
        Nobody in the stored seasons of {props.series[0].name} is credited in
        the stored seasons of {props.series[1].name} ({props.language}).
      </p>
    );
  }
  return (
    <>
      <h2>
        {shared.total.toLocaleString("en")}{" "}
        {shared.total === 1 ? "person" : "people"} in both
      </h2>
      {shared.total > shared.people.length && (
        <p className="meta">
          Showing the {shared.people.length} with the most episodes.
        </p>
      )}
      <OverlapTable
        series={props.series}
        people={shared.people}
        language={shownLanguage}
      />
    </>
  );
}
