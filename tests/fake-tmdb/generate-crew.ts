import type { CrewEntry, CrewJob } from "./credits";
import { departments } from "./generate-data";
import type { Person, PersonFactory } from "./people";
import type { Random } from "./prng";

// How often a crew entry belongs to someone already in the season: a
// person in a second department, or an actor who also works behind the
// camera. TMDB keeps one entry per person and department.
const secondDepartmentChance = 0.05;
const actorInCrewChance = 0.02;
const twoJobsChance = 0.1;

/** Entries per department in proportion to weight, summing to `total`. */
function allocateDepartments(total: number): number[] {
  const weightSum = departments.reduce((sum, d) => sum + d.weight, 0);
  const exact = departments.map((d) => (total * d.weight) / weightSum);
  const counts = exact.map(Math.floor);

  // Largest remainders first, so rounding never loses an entry.
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let missing = total - counts.reduce((sum, n) => sum + n, 0);
  for (const { index } of byRemainder) {
    if (missing === 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    missing -= 1;
  }

  return counts;
}

export type CrewContext = {
  random: Random;
  factory: PersonFactory;
  episodes: number;
  /** Cast members who may also be crew. */
  actors: Person[];
};

function createCrewPerson(context: CrewContext, department: string): Person {
  const { random } = context;
  const knownFor = random.chance(0.1)
    ? random.pick(departments).name
    : department;

  return context.factory.createPerson({
    knownFor,
    genderWeights: [40, 25, 35],
    photoChance: 0.3,
    hangulChance: 0.3,
    popularity: random.next() ** 3 * 6,
  });
}

function createJobs(
  context: CrewContext,
  jobNames: readonly string[],
): CrewJob[] {
  const { random, episodes } = context;
  const first = random.pick(jobNames);
  const names = [first];
  const second = random.pick(jobNames);
  if (second !== first && random.chance(twoJobsChance)) names.push(second);

  return names.map((job) => ({
    credit_id: context.factory.createCreditId(),
    episode_count: random.chance(0.5) ? episodes : random.int(1, episodes),
    job,
  }));
}

/**
 * The crew list: grouped by department in TMDB's alphabetical order, each
 * (person, department) pair at most once.
 */
export function generateCrew(context: CrewContext, total: number): CrewEntry[] {
  const { random } = context;
  const crewPeople: Person[] = [];
  const taken = new Set<string>();
  const counts = allocateDepartments(total);

  const choosePerson = (department: string): Person => {
    const reuse =
      context.actors.length > 0 && random.chance(actorInCrewChance)
        ? context.actors
        : crewPeople.length > 0 && random.chance(secondDepartmentChance)
          ? crewPeople
          : [];
    const known = reuse.length > 0 ? random.pick(reuse) : undefined;
    if (known !== undefined && !taken.has(`${known.id}|${department}`)) {
      return known;
    }
    const person = createCrewPerson(context, department);
    crewPeople.push(person);
    return person;
  };

  return departments.flatMap((department, index) =>
    Array.from({ length: counts[index] ?? 0 }, () => {
      const person = choosePerson(department.name);
      taken.add(`${person.id}|${department.name}`);
      const jobs = createJobs(context, department.jobs);
      return {
        adult: false,
        department: department.name,
        gender: person.gender,
        id: person.id,
        jobs,
        known_for_department: person.known_for_department,
        name: person.name,
        original_name: person.original_name,
        popularity: person.popularity,
        profile_path: person.profile_path,
        total_episode_count: jobs.reduce((n, j) => n + j.episode_count, 0),
      };
    }),
  );
}
