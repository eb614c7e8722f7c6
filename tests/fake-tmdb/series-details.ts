export type SeriesDetailsOptions = {
  seriesId: number;
  seasonNumber: number;
  seasonId: number;
  episodes: number;
};

// A fixed start keeps the output deterministic; a weekly release follows.
const firstAirDate = Date.UTC(2024, 0, 5);
const dayMs = 86_400_000;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The smallest GET /3/tv/{id} answer that lists one generated season, in
 * TMDB's key order, with empty or null values where TMDB allows them.
 */
export function generateSeriesDetails(options: SeriesDetailsOptions) {
  const { seriesId, seasonNumber, seasonId, episodes } = options;
  const name = `Generated Series ${seriesId}`;
  const lastAirDate = isoDate(firstAirDate + (episodes - 1) * 7 * dayMs);

  return {
    adult: false,
    backdrop_path: null,
    created_by: [],
    episode_run_time: [],
    first_air_date: isoDate(firstAirDate),
    genres: [{ id: 18, name: "Drama" }],
    homepage: "",
    id: seriesId,
    in_production: false,
    languages: ["ko"],
    last_air_date: lastAirDate,
    last_episode_to_air: null,
    name,
    next_episode_to_air: null,
    networks: [],
    number_of_episodes: episodes,
    number_of_seasons: 1,
    origin_country: ["KR"],
    original_language: "ko",
    original_name: name,
    overview: "",
    popularity: 0,
    poster_path: null,
    production_companies: [],
    production_countries: [],
    seasons: [
      {
        air_date: isoDate(firstAirDate),
        episode_count: episodes,
        id: seasonId,
        name: `Season ${seasonNumber}`,
        overview: "",
        poster_path: null,
        season_number: seasonNumber,
        vote_average: 0,
      },
    ],
    spoken_languages: [],
    status: "Ended",
    tagline: "",
    type: "Scripted",
    vote_average: 0,
    vote_count: 0,
  };
}
