import type { JsonObject } from "@/lib/credits/fields";
import type {
  AggregateCredits,
  CastEntry,
  CrewEntry,
} from "@/lib/tmdb/schemas";
import { squidGameSeason2 } from "./fixtures";

// Three successive versions of Squid Game's season 2 credits, built from
// the recorded response, whose differences cover every kind of change a
// diff reports. People added here use ids no real fixture uses.

export const newcomer = { id: 900150, name: "Han Seo-yun" };
export const newWriter = { id: 900151, name: "Oh Ji-hwan" };

/** Who changes how, by TMDB person id, for tests to assert on. */
export const cast = {
  leader: 73249, // Lee Jung-jae: a role added in v2, removed in v3
  frontMan: 25002, // Lee Byung-hun: character renamed in v2
  myungGi: 1296713, // Yim Si-wan: order in v2, episodes in v3
  daeHo: 1257899, // Kang Ha-neul: order in v2
  junHo: 1557181, // Wi Ha-jun: episodes in v2
  junHee: 2359937, // Jo Yu-ri: leaves in v2
} as const;

export const crew = {
  producer: 1294476, // Han Heung-seok: a job added in v2, one removed in v3
  lighting: 4458492, // Pak Jun-u: moves from Lighting to Camera in v3
  colorist: 2968076, // Park Jin-young: leaves Editing in v3
} as const;

const youngLeaderRole = {
  character: "Young Gi-hun",
  credit_id: "900150a0000000000000001a",
  episode_count: 1,
};

type Version = AggregateCredits;

const castEntry = (v: Version, id: number) =>
  v.cast.find((entry) => entry.id === id)!;
const crewEntry = (v: Version, id: number) =>
  v.crew.find((entry) => entry.id === id)!;

/** Version 1: the response as recorded. */
export function scriptedVersion1(): Version {
  return squidGameSeason2() as unknown as Version;
}

/**
 * Version 2: a cast member joins and one leaves, a character is renamed,
 * a role is added, two cast members swap places, an episode count drops,
 * a writer joins the crew and a producer takes a second job.
 */
export function scriptedVersion2(): Version {
  const v = scriptedVersion1();

  const joined: CastEntry = {
    adult: false,
    gender: 1,
    id: newcomer.id,
    known_for_department: "Acting",
    name: newcomer.name,
    order: 15,
    original_name: "한서윤",
    popularity: 1.2,
    profile_path: null,
    roles: [
      {
        character: "Se-mi / 'No. 380'",
        credit_id: "900150a0000000000000002b",
        episode_count: 3,
      },
    ],
    total_episode_count: 3,
  };
  v.cast = v.cast.filter((entry) => entry.id !== cast.junHee);
  v.cast.push(joined);

  castEntry(v, cast.frontMan).roles[0]!.character = "Front Man / 'No. 001'";

  const leader = castEntry(v, cast.leader);
  leader.roles.push(youngLeaderRole);
  leader.total_episode_count = 8;

  const a = v.cast.findIndex((entry) => entry.id === cast.myungGi);
  const b = v.cast.findIndex((entry) => entry.id === cast.daeHo);
  [v.cast[a], v.cast[b]] = [v.cast[b]!, v.cast[a]!];
  [v.cast[a]!.order, v.cast[b]!.order] = [v.cast[b]!.order, v.cast[a]!.order];

  const junHo = castEntry(v, cast.junHo);
  junHo.roles[0]!.episode_count = 6;
  junHo.total_episode_count = 6;

  const writer: CrewEntry = {
    adult: false,
    gender: 2,
    id: newWriter.id,
    known_for_department: "Writing",
    name: newWriter.name,
    original_name: "오지환",
    popularity: 0.6,
    profile_path: null,
    department: "Writing",
    jobs: [
      {
        credit_id: "900151a0000000000000003c",
        job: "Writer",
        episode_count: 2,
      },
    ],
    total_episode_count: 2,
  };
  v.crew.push(writer);

  const producer = crewEntry(v, crew.producer);
  producer.jobs.push({
    credit_id: "900151a0000000000000004d",
    job: "Co-Producer",
    episode_count: 7,
  });
  producer.total_episode_count = 14;

  return v;
}

/**
 * Version 3: the added role is removed again, the producer drops the
 * first job, a lighting director moves to the camera department, a
 * colorist leaves and one more episode count changes.
 */
export function scriptedVersion3(): Version {
  const v = scriptedVersion2();

  const leader = castEntry(v, cast.leader);
  leader.roles = leader.roles.filter((role) => role !== leader.roles[1]);
  leader.total_episode_count = 7;

  const producer = crewEntry(v, crew.producer);
  producer.jobs = producer.jobs.filter((job) => job.job !== "Producer");
  producer.total_episode_count = 7;

  const lighting = crewEntry(v, crew.lighting);
  lighting.department = "Camera";
  lighting.jobs = [
    {
      credit_id: "900151a0000000000000005e",
      job: "Gaffer",
      episode_count: 7,
    },
  ];

  v.crew = v.crew.filter((entry) => entry.id !== crew.colorist);

  const myungGi = castEntry(v, cast.myungGi);
  myungGi.roles[0]!.episode_count = 5;
  myungGi.total_episode_count = 5;

  return v;
}

/** The three versions in order, as JSON to write as fixtures. */
export function scriptedVersions(): JsonObject[] {
  return [scriptedVersion1(), scriptedVersion2(), scriptedVersion3()].map(
    (v) => v as unknown as JsonObject,
  );
}
