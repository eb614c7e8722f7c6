import type { AggregateCredits } from "../tmdb/schemas";

export type Person = {
  id: number;
  name: string;
  profilePath: string | null;
};

export type CastMember = Person & {
  roles: { character: string; episodeCount: number }[];
  totalEpisodeCount: number;
};

export type CrewMember = Person & {
  jobs: { job: string; episodeCount: number }[];
  totalEpisodeCount: number;
};

export type Department = { name: string; members: CrewMember[] };

export type CreditsView = {
  cast: CastMember[];
  departments: Department[];
  crewCount: number;
};

/**
 * Shapes a response for display: the cast in TMDB's order, the crew
 * grouped by department in the order departments first appear. Pure.
 */
export function toCreditsView(credits: AggregateCredits): CreditsView {
  const cast = credits.cast.map((entry) => ({
    id: entry.id,
    name: entry.name,
    profilePath: entry.profile_path ?? null,
    roles: entry.roles.map((role) => ({
      character: role.character ?? "",
      episodeCount: role.episode_count ?? 0,
    })),
    totalEpisodeCount: entry.total_episode_count ?? 0,
  }));

  const departments = new Map<string, CrewMember[]>();
  for (const entry of credits.crew) {
    const members = departments.get(entry.department) ?? [];
    members.push({
      id: entry.id,
      name: entry.name,
      profilePath: entry.profile_path ?? null,
      jobs: entry.jobs.map((job) => ({
        job: job.job ?? "",
        episodeCount: job.episode_count ?? 0,
      })),
      totalEpisodeCount: entry.total_episode_count ?? 0,
    });
    departments.set(entry.department, members);
  }

  return {
    cast,
    departments: [...departments].map(([name, members]) => ({ name, members })),
    crewCount: credits.crew.length,
  };
}
