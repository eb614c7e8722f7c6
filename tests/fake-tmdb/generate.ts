import { z } from "zod";
import type { CastEntry, CastRole, SeasonCredits } from "./credits";
import { generateCrew } from "./generate-crew";
import { minorCharacters } from "./generate-data";
import { createPersonFactory, pickPerson, type PersonFactory } from "./people";
import { createRandom, type Random } from "./prng";

export { mutateSeason } from "./mutate";

export const generateOptionsSchema = z.object({
  seed: z.int().min(0).max(0xffffffff),
  cast: z.int().min(0),
  crew: z.int().min(0),
  seasonId: z.int().min(1).optional(),
  episodes: z.int().min(1).max(1000).default(8),
});
export type GenerateOptions = z.input<typeof generateOptionsSchema>;

const twoRolesChance = 0.08;

type CastContext = {
  random: Random;
  factory: PersonFactory;
  episodes: number;
};

function createCharacter({ random, factory }: CastContext): string {
  const roll = random.next();
  if (roll < 0.55) {
    const player = String(random.int(1, 456)).padStart(3, "0");
    return `${factory.createGivenName()} / 'No. ${player}'`;
  }
  if (roll < 0.8) return factory.createGivenName();
  // TMDB lists uncredited parts with an empty character.
  if (roll < 0.95) return random.pick(minorCharacters);
  return "";
}

function createRoles(context: CastContext, lead: boolean): CastRole[] {
  const { random, episodes } = context;
  const count = random.chance(twoRolesChance) ? 2 : 1;

  return Array.from({ length: count }, (_, index) => ({
    character: createCharacter(context),
    credit_id: context.factory.createCreditId(),
    episode_count:
      (lead && index === 0) || random.chance(0.3)
        ? episodes
        : random.int(1, episodes),
  }));
}

function generateCast(context: CastContext, total: number): CastEntry[] {
  const { random, factory } = context;
  const leads = Math.max(3, Math.round(total * 0.05));
  let order = 0;

  return Array.from({ length: total }, (_, index) => {
    const person = factory.createPerson({
      knownFor: random.chance(0.95) ? "Acting" : "Directing",
      genderWeights: [5, 45, 50],
      photoChance: index < leads ? 0.98 : 0.6,
      hangulChance: 0.9,
      popularity: 1 + (random.next() * 60) / (1 + index / 5),
    });
    const roles = createRoles(context, index < leads);
    const entry: CastEntry = {
      adult: false,
      gender: person.gender,
      id: person.id,
      known_for_department: person.known_for_department,
      name: person.name,
      order,
      original_name: person.original_name,
      popularity: person.popularity,
      profile_path: person.profile_path,
      roles,
      total_episode_count: roles.reduce((n, r) => n + r.episode_count, 0),
    };
    // TMDB's billing order skips numbers where credits were removed.
    order += random.chance(0.25) ? random.int(2, 4) : 1;
    return entry;
  });
}

/**
 * A season's aggregate credits in TMDB's exact shape and key order. Pure
 * and deterministic: the same options give byte-identical JSON.
 */
export function generateSeason(options: GenerateOptions): SeasonCredits {
  const { seed, episodes, ...sizes } = generateOptionsSchema.parse(options);
  const random = createRandom(seed);
  const factory = createPersonFactory(random);

  const cast = generateCast({ random, factory, episodes }, sizes.cast);
  const actors = cast.map(pickPerson);
  const crew = generateCrew({ random, factory, episodes, actors }, sizes.crew);

  return { cast, crew, id: sizes.seasonId ?? 5_000_000 + (seed % 1_000_000) };
}

/** Serializes like the fixtures on disk: two-space indent, final newline. */
export function formatFixture(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
