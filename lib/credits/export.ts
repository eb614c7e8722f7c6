import { toCsv, type CsvValue } from "../csv";
import type { AggregateCredits } from "../tmdb/schemas";
import { defaultLanguage } from "../urls";
import { summarizeDiff } from "./diff";
import { diffRows } from "./export-rows";
import type { SnapshotDiff } from "./compare";

/** The season an export belongs to, for file names and JSON. */
export type ExportSeason = {
  series: { id: number; name: string; slug: string };
  seasonNumber: number;
  language: string;
};

const snapshotHeader = [
  "kind",
  "department",
  "person_id",
  "name",
  "order",
  "credit_id",
  "character",
  "job",
  "episode_count",
  "total_episode_count",
];

/** A snapshot as CSV: one row per cast role or crew job. */
export function snapshotCsv(credits: AggregateCredits): string {
  const rows: CsvValue[][] = [];

  for (const entry of credits.cast) {
    const roles = entry.roles.length > 0 ? entry.roles : [{}];
    for (const role of roles as AggregateCredits["cast"][0]["roles"]) {
      rows.push([
        "cast",
        "",
        entry.id,
        entry.name,
        entry.order,
        role.credit_id,
        role.character,
        "",
        role.episode_count,
        entry.total_episode_count,
      ]);
    }
  }
  for (const entry of credits.crew) {
    const jobs = entry.jobs.length > 0 ? entry.jobs : [{}];
    for (const job of jobs as AggregateCredits["crew"][0]["jobs"]) {
      rows.push([
        "crew",
        entry.department,
        entry.id,
        entry.name,
        null,
        job.credit_id,
        "",
        job.job,
        job.episode_count,
        entry.total_episode_count,
      ]);
    }
  }

  return toCsv(snapshotHeader, rows);
}

const diffHeader = [
  "change",
  "kind",
  "department",
  "person_id",
  "name",
  "credit_id",
  "character",
  "job",
  "field",
  "before",
  "after",
];

/** A diff as CSV: one row per role or job (or field) that changed. */
export function diffCsv(diff: SnapshotDiff["diff"]): string {
  return toCsv(diffHeader, diffRows(diff));
}

const snapshotJson = (s: SnapshotDiff["to"] | null) =>
  s && {
    fetchedAt: s.fetchedAt.toISOString(),
    castCount: s.castCount,
    crewCount: s.crewCount,
  };

/** A diff as a JSON document: which season, which snapshots, what changed. */
export function diffJson(season: ExportSeason, value: SnapshotDiff) {
  return {
    seriesId: season.series.id,
    seriesName: season.series.name,
    seasonNumber: season.seasonNumber,
    language: season.language,
    from: snapshotJson(value.from),
    to: snapshotJson(value.to),
    summary: summarizeDiff(value.diff),
    changes: value.diff,
  };
}

/** A moment for a file name: 2026-12-04T101500Z. */
const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "");

function filePrefix(season: ExportSeason): string {
  const name = season.series.slug || String(season.series.id);
  const number = String(season.seasonNumber).padStart(2, "0");
  const language =
    season.language === defaultLanguage ? "" : `-${season.language}`;
  return `${name}-s${number}${language}`;
}

/** For example squid-game-s02-credits-2026-12-04T101500Z.csv. */
export function snapshotFileName(
  season: ExportSeason,
  fetchedAt: Date,
  extension: "csv" | "json",
): string {
  return `${filePrefix(season)}-credits-${stamp(fetchedAt)}.${extension}`;
}

/** For example squid-game-s02-diff-<from>-<to>.json; "start" for none. */
export function diffFileName(
  season: ExportSeason,
  value: Pick<SnapshotDiff, "from" | "to">,
  extension: "csv" | "json",
): string {
  const from = value.from ? stamp(value.from.fetchedAt) : "start";
  const to = stamp(value.to.fetchedAt);
  return `${filePrefix(season)}-diff-${from}-${to}.${extension}`;
}

/** The header that offers a response as a file to save. */
export function downloadHeader(fileName: string) {
  return { "content-disposition": `attachment; filename="${fileName}"` };
}
