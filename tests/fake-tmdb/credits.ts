// The shape of GET /3/tv/{id}/season/{n}/aggregate_credits, keys in the
// order TMDB sends them, for the generated fixtures.

export type CastRole = {
  character: string;
  credit_id: string;
  episode_count: number;
};

export type CrewJob = {
  credit_id: string;
  episode_count: number;
  job: string;
};

export type CastEntry = {
  adult: boolean;
  gender: number;
  id: number;
  known_for_department: string;
  name: string;
  order: number;
  original_name: string;
  popularity: number;
  profile_path: string | null;
  roles: CastRole[];
  total_episode_count: number;
};

export type CrewEntry = {
  adult: boolean;
  department: string;
  gender: number;
  id: number;
  jobs: CrewJob[];
  known_for_department: string;
  name: string;
  original_name: string;
  popularity: number;
  profile_path: string | null;
  total_episode_count: number;
};

export type SeasonCredits = {
  cast: CastEntry[];
  crew: CrewEntry[];
  id: number;
};
