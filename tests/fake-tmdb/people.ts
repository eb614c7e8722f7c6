import { givenSyllables, surnames } from "./generate-data";
import type { Random } from "./prng";

/** The fields TMDB repeats in every cast and crew entry of a person. */
export type Person = {
  gender: number;
  id: number;
  known_for_department: string;
  name: string;
  original_name: string;
  popularity: number;
  profile_path: string | null;
};

export type PersonTraits = {
  knownFor: string;
  /** 0 unknown, 1 female, 2 male: TMDB's codes. */
  genderWeights: readonly [number, number, number];
  photoChance: number;
  hangulChance: number;
  popularity: number;
};

export type PersonFactory = {
  createPerson(traits: PersonTraits): Person;
  /** Unique within one factory: a counter fills the last 6 digits. */
  createCreditId(): string;
  /** A romanized given name such as "Min-jun", for characters. */
  createGivenName(): string;
};

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const hex = "0123456789abcdef";

const capitalize = (word: string) => word[0]?.toUpperCase() + word.slice(1);

export const roundPopularity = (value: number) =>
  Math.max(0.001, Math.round(value * 1000) / 1000);

function pickGender(random: Random, weights: PersonTraits["genderWeights"]) {
  const roll = random.next() * (weights[0] + weights[1] + weights[2]);
  if (roll < weights[0]) return 0;
  return roll < weights[0] + weights[1] ? 1 : 2;
}

export function createPersonFactory(random: Random): PersonFactory {
  // Ids only grow, with TMDB-like gaps, so each person gets a new one.
  let nextId = random.int(20_000, 60_000);
  let creditCounter = random.int(0, 0xffff);

  const createName = () => {
    const [surname, surnameHangul] = random.pick(surnames);
    const [first, firstHangul] = random.pick(givenSyllables);
    const [second, secondHangul] = random.pick(givenSyllables);
    return {
      name: `${surname} ${capitalize(first)}-${second}`,
      hangul: `${surnameHangul}${firstHangul}${secondHangul}`,
    };
  };

  return {
    createPerson(traits) {
      nextId += random.int(1, 2_500);
      const { name, hangul } = createName();
      const hasPhoto = random.chance(traits.photoChance);
      return {
        gender: pickGender(random, traits.genderWeights),
        id: nextId,
        known_for_department: traits.knownFor,
        name,
        original_name: random.chance(traits.hangulChance) ? hangul : name,
        popularity: roundPopularity(traits.popularity),
        profile_path: hasPhoto ? `/${random.text(base62, 27)}.jpg` : null,
      };
    },
    createCreditId() {
      // Shaped like a MongoDB ObjectId: seconds since 1970, then noise.
      const seconds = random.int(0x5e000000, 0x67ffffff).toString(16);
      creditCounter = (creditCounter + 1) % 0x1000000;
      const counter = creditCounter.toString(16).padStart(6, "0");
      return `${seconds}${random.text(hex, 10)}${counter}`;
    },
    createGivenName() {
      const [first] = random.pick(givenSyllables);
      const [second] = random.pick(givenSyllables);
      return `${capitalize(first)}-${second}`;
    },
  };
}

/** The person behind a cast or crew entry, without the credits. */
export function pickPerson(entry: Person): Person {
  return {
    gender: entry.gender,
    id: entry.id,
    known_for_department: entry.known_for_department,
    name: entry.name,
    original_name: entry.original_name,
    popularity: entry.popularity,
    profile_path: entry.profile_path,
  };
}
