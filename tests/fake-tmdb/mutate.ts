import { z } from "zod";
import type { CastEntry, CrewEntry, SeasonCredits } from "./credits";
import { createRandom, type Random } from "./prng";

export const mutateOptionsSchema = z.object({
  seed: z.int().min(0).max(0xffffffff),
  /** Share of all cast and crew entries to change, 0 to 1. */
  fraction: z.number().min(0).max(1),
});
export type MutateOptions = z.input<typeof mutateOptionsSchema>;

function changeOneEpisodeCount(
  entry: CastEntry | CrewEntry,
  random: Random,
): void {
  const credits: Array<{ episode_count: number }> =
    "roles" in entry ? entry.roles : entry.jobs;
  const credit = random.pick(credits);

  // Never below 1: TMDB drops a credit rather than list it for 0 episodes.
  const down = credit.episode_count > 1 && random.chance(0.5);
  credit.episode_count += down ? -1 : 1;

  entry.total_episode_count = credits.reduce(
    (sum, c) => sum + c.episode_count,
    0,
  );
}

/**
 * A changed copy of the season: round(fraction × entries) entries (at
 * least one when fraction > 0) each get one episode count moved by one,
 * and their total_episode_count follows. The input is left untouched;
 * the same seed picks the same entries.
 */
export function mutateSeason<T extends SeasonCredits>(
  season: T,
  options: MutateOptions,
): T {
  const { seed, fraction } = mutateOptionsSchema.parse(options);
  const copy = structuredClone(season);
  const random = createRandom(seed);

  const entries: Array<CastEntry | CrewEntry> = [...copy.cast, ...copy.crew];
  const candidates = entries.filter((entry) =>
    "roles" in entry ? entry.roles.length > 0 : entry.jobs.length > 0,
  );
  const wanted = Math.round(entries.length * fraction);
  const count = Math.min(
    candidates.length,
    fraction > 0 ? Math.max(1, wanted) : 0,
  );

  // A partial Fisher–Yates shuffle picks `count` distinct entries.
  for (let i = 0; i < count; i += 1) {
    const j = random.int(i, candidates.length - 1);
    const chosen = candidates[j] as CastEntry | CrewEntry;
    candidates[j] = candidates[i] as CastEntry | CrewEntry;
    candidates[i] = chosen;
    changeOneEpisodeCount(chosen, random);
  }

  return copy;
}
