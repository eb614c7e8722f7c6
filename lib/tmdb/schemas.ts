import { z } from "zod";

// Every schema here only checks: no defaults, coercions or transforms. The
// client hands back the JSON exactly as TMDB sent it (key order included),
// so a schema must never promise a value the raw JSON does not hold.
// Objects are loose: fields TMDB adds later are accepted and kept.

const episodeCount = z.int().min(0);

// TMDB's ids are stored in 32-bit columns; a larger one is a response gone
// wrong, and must be refused here rather than fail the ingest.
const tmdbId = z.int32();

export const castRoleSchema = z.looseObject({
  credit_id: z.string().optional(),
  // TMDB sends "" for uncredited roles, and some roles lack the field.
  character: z.string().nullish(),
  episode_count: episodeCount.optional(),
});
export type CastRole = z.infer<typeof castRoleSchema>;

export const crewJobSchema = z.looseObject({
  credit_id: z.string().optional(),
  job: z.string().optional(),
  episode_count: episodeCount.optional(),
});
export type CrewJob = z.infer<typeof crewJobSchema>;

// Fields a person carries in both the cast and the crew list.
const personShape = {
  id: tmdbId,
  name: z.string(),
  adult: z.boolean().optional(),
  gender: z.int().optional(),
  known_for_department: z.string().nullish(),
  original_name: z.string().optional(),
  popularity: z.number().optional(),
  profile_path: z.string().nullish(),
  // A sum over roles or jobs, so it may exceed the season's episodes.
  total_episode_count: episodeCount.optional(),
};

export const castEntrySchema = z.looseObject({
  ...personShape,
  roles: z.array(castRoleSchema),
  // Billing order; TMDB leaves gaps and repeats values.
  order: z.int().optional(),
});
export type CastEntry = z.infer<typeof castEntrySchema>;

// One entry per person and department: a person may appear several times.
export const crewEntrySchema = z.looseObject({
  ...personShape,
  department: z.string(),
  jobs: z.array(crewJobSchema),
});
export type CrewEntry = z.infer<typeof crewEntrySchema>;

/** GET /3/tv/{series_id}/season/{season_number}/aggregate_credits */
export const aggregateCreditsSchema = z.looseObject({
  id: tmdbId,
  cast: z.array(castEntrySchema),
  crew: z.array(crewEntrySchema),
});
export type AggregateCredits = z.infer<typeof aggregateCreditsSchema>;

export const seasonSummarySchema = z.looseObject({
  id: z.int(),
  // Season 0 holds the specials.
  season_number: z.int().min(0),
  name: z.string(),
  episode_count: episodeCount.optional(),
  air_date: z.string().nullish(),
  poster_path: z.string().nullish(),
});
export type SeasonSummary = z.infer<typeof seasonSummarySchema>;

/** GET /3/tv/{series_id} */
export const seriesDetailsSchema = z.looseObject({
  id: z.int(),
  name: z.string(),
  seasons: z.array(seasonSummarySchema),
  original_name: z.string().optional(),
  overview: z.string().optional(),
  first_air_date: z.string().nullish(),
  last_air_date: z.string().nullish(),
  poster_path: z.string().nullish(),
  backdrop_path: z.string().nullish(),
  number_of_seasons: z.int().min(0).optional(),
  number_of_episodes: z.int().min(0).optional(),
  in_production: z.boolean().optional(),
  status: z.string().optional(),
});
export type SeriesDetails = z.infer<typeof seriesDetailsSchema>;

export const seriesSearchResultSchema = z.looseObject({
  id: z.int(),
  name: z.string(),
  first_air_date: z.string().nullish(),
  poster_path: z.string().nullish(),
});
export type SeriesSearchResult = z.infer<typeof seriesSearchResultSchema>;

/** GET /3/search/tv */
export const seriesSearchSchema = z.looseObject({
  page: z.int().optional(),
  results: z.array(seriesSearchResultSchema),
  total_pages: z.int().optional(),
  total_results: z.int().optional(),
});
export type SeriesSearch = z.infer<typeof seriesSearchSchema>;

/** GET /3/authentication */
export const authenticationSchema = z.looseObject({
  success: z.boolean(),
  status_code: z.int().optional(),
  status_message: z.string().optional(),
});
export type Authentication = z.infer<typeof authenticationSchema>;

// The body of TMDB's error responses; some real 404s carry no `success`.
export const tmdbErrorBodySchema = z.looseObject({
  success: z.boolean().optional(),
  status_code: z.int(),
  status_message: z.string(),
});
export type TmdbErrorBody = z.infer<typeof tmdbErrorBodySchema>;
