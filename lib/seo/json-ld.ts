import type {
  Person,
  PersonLeaf,
  PerformanceRole,
  TVSeason,
  TVSeries,
  WithContext,
} from "schema-dts";
import type { SeasonListing } from "../series/seasons";
import type { CastMember, CreditsView, CrewMember } from "../credits/view";
import {
  personPath,
  seasonPath,
  seriesPath,
  tmdbPersonUrl,
  tmdbSeasonUrl,
  tmdbSeriesUrl,
} from "../urls";

// Structured data describing castlog's pages in schema.org's terms, for
// search engines. Pure: the pages pass in what they already read.

type SeriesLike = { id: number; slug: string; name: string };

// A page of thousands of credits would carry as many again in its
// structured data; the first ones say what a search result needs.
const maxActors = 100;
const maxPerCrewRole = 50;

/**
 * Crew jobs that schema.org has a property for. Directors are taken from
 * the Directing department only, since TMDB also lists jobs such as
 * "Director of Photography" elsewhere; the other jobs count anywhere.
 */
const crewProperties = {
  director: { department: "Directing", jobs: ["Director"] },
  musicBy: { jobs: ["Original Music Composer", "Composer"] },
  producer: { jobs: ["Producer", "Executive Producer"] },
} satisfies Record<string, { department?: string; jobs: string[] }>;

type CrewProperty = keyof typeof crewProperties;

const absolute = (siteUrl: string, path: string) => `${siteUrl}${path}`;

function toPerson(
  siteUrl: string,
  member: { id: number; name: string },
): PersonLeaf {
  return {
    "@type": "Person",
    name: member.name,
    url: absolute(siteUrl, personPath(member.id)),
    sameAs: tmdbPersonUrl(member.id),
  };
}

function toActor(
  siteUrl: string,
  member: CastMember,
): PerformanceRole<Person, "actor"> {
  const characters = member.roles
    .map((role) => role.character)
    .filter((character) => character !== "");

  return {
    "@type": "PerformanceRole",
    actor: toPerson(siteUrl, member),
    ...(characters.length > 0
      ? { characterName: characters.length === 1 ? characters[0] : characters }
      : {}),
  };
}

/** The crew holding one of `property`'s jobs, each person once. */
function crewFor(view: CreditsView, property: CrewProperty): CrewMember[] {
  const wanted: { department?: string; jobs: string[] } =
    crewProperties[property];
  const found = new Map<number, CrewMember>();
  for (const department of view.departments) {
    if (wanted.department && department.name !== wanted.department) continue;
    for (const member of department.members) {
      if (member.jobs.some((job) => wanted.jobs.includes(job.job))) {
        found.set(member.id, member);
      }
    }
  }
  return [...found.values()].slice(0, maxPerCrewRole);
}

export type SeasonJsonLdInput = {
  siteUrl: string;
  series: SeriesLike;
  seasonNumber: number;
  seasonName: string;
  language: string;
  view: CreditsView;
  modifiedAt: Date;
};

/** A season page as a `TVSeason` of its `TVSeries`, with cast and crew. */
export function buildSeasonJsonLd(
  input: SeasonJsonLdInput,
): WithContext<TVSeason> {
  const { siteUrl, series, seasonNumber, view } = input;
  const people = (property: CrewProperty) =>
    crewFor(view, property).map((member) => toPerson(siteUrl, member));

  return {
    "@context": "https://schema.org",
    "@type": "TVSeason",
    name: input.seasonName,
    seasonNumber,
    url: absolute(
      siteUrl,
      seasonPath(series, seasonNumber, { language: input.language }),
    ),
    sameAs: tmdbSeasonUrl(series.id, seasonNumber),
    inLanguage: input.language,
    dateModified: input.modifiedAt.toISOString(),
    partOfSeries: {
      "@type": "TVSeries",
      name: series.name,
      url: absolute(siteUrl, seriesPath(series)),
      sameAs: tmdbSeriesUrl(series.id),
      // schema.org gives seasons no composer; the season's composers are
      // said of the series it belongs to.
      musicBy: people("musicBy"),
    },
    actor: view.cast
      .slice(0, maxActors)
      .map((member) => toActor(siteUrl, member)),
    director: people("director"),
    producer: people("producer"),
  };
}

/** A series page as a `TVSeries` with the seasons TMDB lists. */
export function buildSeriesJsonLd(input: {
  siteUrl: string;
  series: SeriesLike;
  seasons: SeasonListing[];
}): WithContext<TVSeries> {
  const { siteUrl, series } = input;

  return {
    "@context": "https://schema.org",
    "@type": "TVSeries",
    name: series.name,
    url: absolute(siteUrl, seriesPath(series)),
    sameAs: tmdbSeriesUrl(series.id),
    numberOfSeasons: input.seasons.filter((s) => s.seasonNumber > 0).length,
    containsSeason: input.seasons.map((season) => ({
      "@type": "TVSeason",
      name: season.name,
      seasonNumber: season.seasonNumber,
      url: absolute(siteUrl, seasonPath(series, season.seasonNumber)),
      ...(season.episodeCount === null
        ? {}
        : { numberOfEpisodes: season.episodeCount }),
      ...(season.airDate ? { startDate: season.airDate } : {}),
    })),
  };
}

/** A person page as a schema.org `Person`. */
export function buildPersonJsonLd(input: {
  siteUrl: string;
  person: { id: number; name: string };
}): WithContext<PersonLeaf> {
  return {
    "@context": "https://schema.org",
    ...toPerson(input.siteUrl, input.person),
  };
}

/**
 * Structured data as the text of a `<script type="application/ld+json">`:
 * every `<` escaped, so that no name can close the script element early.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
