import { describe, expect, it } from "vitest";
import type { AggregateCredits, CastEntry, CrewEntry } from "../tmdb/schemas";
import { diffSnapshots, summarizeDiff } from "./diff";

type Role = [creditId: string, character: string, episodes: number];
type Job = [creditId: string, job: string, episodes: number];

const actor = (id: number, order: number, ...roles: Role[]): CastEntry => ({
  id,
  name: `Actor ${id}`,
  profile_path: `/${id}.jpg`,
  order,
  roles: roles.map(([credit_id, character, episode_count]) => ({
    credit_id,
    character,
    episode_count,
  })),
  total_episode_count: roles.reduce((sum, role) => sum + role[2], 0),
});

const member = (id: number, department: string, ...jobs: Job[]): CrewEntry => ({
  id,
  name: `Crew ${id}`,
  department,
  jobs: jobs.map(([credit_id, job, episode_count]) => ({
    credit_id,
    job,
    episode_count,
  })),
  total_episode_count: jobs.reduce((sum, job) => sum + job[2], 0),
});

const season = (
  cast: CastEntry[],
  crew: CrewEntry[] = [],
): AggregateCredits => ({ id: 1, cast, crew });

const base = season(
  [actor(1, 0, ["r1", "Hero", 7]), actor(2, 1, ["r2", "Villain", 7])],
  [
    member(10, "Writing", ["j10", "Writer", 7]),
    member(11, "Sound", ["j11", "Composer", 7]),
  ],
);

describe("diffing two versions of a season", () => {
  it("finds nothing between identical versions", () => {
    const diff = diffSnapshots(base, structuredClone(base));

    expect(summarizeDiff(diff)).toBe("no changes");
    expect(Object.values(diff).every((list) => list.length === 0)).toBe(true);
  });

  it("ignores popularity, which changes on nearly every fetch", () => {
    const newer = structuredClone(base);
    newer.cast[0]!.popularity = 99;

    expect(summarizeDiff(diffSnapshots(base, newer))).toBe("no changes");
  });

  it("reports cast members who joined and who left", () => {
    const newer = season(
      [base.cast[0]!, actor(3, 2, ["r3", "Sidekick", 2])],
      base.crew,
    );

    const diff = diffSnapshots(base, newer);

    expect(diff.castJoined).toEqual([
      {
        person: { id: 3, name: "Actor 3" },
        kind: "cast",
        department: "",
        lines: [{ creditId: "r3", label: "Sidekick", episodeCount: 2 }],
        totalEpisodeCount: 2,
      },
    ]);
    expect(diff.castLeft.map((e) => e.person.id)).toEqual([2]);
    expect(summarizeDiff(diff)).toBe("1 joined, 1 left");
  });

  it("reports crew entries that joined and left, one per department", () => {
    const newer = season(base.cast, [
      base.crew[0]!,
      member(12, "Art", ["j12", "Props", 3]),
    ]);

    const diff = diffSnapshots(base, newer);

    expect(diff.crewJoined.map((e) => [e.person.id, e.department])).toEqual([
      [12, "Art"],
    ]);
    expect(diff.crewLeft.map((e) => [e.person.id, e.department])).toEqual([
      [11, "Sound"],
    ]);
  });

  it("reports a person who left one department for another as a move", () => {
    const newer = season(base.cast, [
      base.crew[0]!,
      member(11, "Editing", ["j11b", "Editor", 7]),
    ]);

    const diff = diffSnapshots(base, newer);

    expect(diff.crewJoined).toEqual([]);
    expect(diff.crewLeft).toEqual([]);
    expect(diff.departmentMoves).toEqual([
      {
        person: { id: 11, name: "Crew 11" },
        from: "Sound",
        to: "Editing",
        linesBefore: [{ creditId: "j11", label: "Composer", episodeCount: 7 }],
        linesAfter: [{ creditId: "j11b", label: "Editor", episodeCount: 7 }],
      },
    ]);
    expect(summarizeDiff(diff)).toBe("1 moved department");
  });

  it("keeps leaving one of two departments a leave, not a move", () => {
    const older = season(base.cast, [
      member(11, "Sound", ["j11", "Composer", 7]),
      member(11, "Music", ["j11m", "Conductor", 7]),
    ]);
    const newer = season(base.cast, [older.crew[1]!]);

    const diff = diffSnapshots(older, newer);

    expect(diff.departmentMoves).toEqual([]);
    expect(diff.crewLeft.map((e) => e.department)).toEqual(["Sound"]);
  });

  it("reports characters added and removed for a cast member in both", () => {
    const newer = season(
      [actor(1, 0, ["r1", "Hero", 7], ["r1b", "Young Hero", 1]), actor(2, 1)],
      base.crew,
    );

    const diff = diffSnapshots(base, newer);

    expect(diff.charactersAdded).toEqual([
      {
        person: { id: 1, name: "Actor 1" },
        kind: "cast",
        department: "",
        line: { creditId: "r1b", label: "Young Hero", episodeCount: 1 },
      },
    ]);
    expect(diff.charactersRemoved.map((c) => c.line.label)).toEqual([
      "Villain",
    ]);
  });

  it("matches roles by credit_id, so a new character name is a rename", () => {
    const newer = structuredClone(base);
    newer.cast[1]!.roles[0]!.character = "Villain / 'No. 001'";

    const diff = diffSnapshots(base, newer);

    expect(diff.charactersRenamed).toEqual([
      {
        person: { id: 2, name: "Actor 2" },
        creditId: "r2",
        from: "Villain",
        to: "Villain / 'No. 001'",
      },
    ]);
    expect(diff.charactersAdded).toEqual([]);
    expect(diff.charactersRemoved).toEqual([]);
    expect(summarizeDiff(diff)).toBe("1 character renamed");
  });

  it("reports crew jobs added and removed", () => {
    const newer = season(base.cast, [
      member(10, "Writing", ["j10b", "Story", 2]),
      base.crew[1]!,
    ]);

    const diff = diffSnapshots(base, newer);

    expect(diff.jobsAdded.map((j) => [j.person.id, j.line.label])).toEqual([
      [10, "Story"],
    ]);
    expect(diff.jobsRemoved.map((j) => [j.person.id, j.line.label])).toEqual([
      [10, "Writer"],
    ]);
    expect(summarizeDiff(diff)).toContain("1 job added, 1 job removed");
  });

  it("reports changed episode counts per role, per job and in total", () => {
    const newer = structuredClone(base);
    newer.cast[0]!.roles[0]!.episode_count = 5;
    newer.cast[0]!.total_episode_count = 5;
    newer.crew[1]!.jobs[0]!.episode_count = 6;

    const diff = diffSnapshots(base, newer);

    expect(diff.episodeCounts).toEqual([
      {
        person: { id: 1, name: "Actor 1" },
        kind: "cast",
        department: "",
        total: { from: 7, to: 5 },
        lines: [{ creditId: "r1", label: "Hero", from: 7, to: 5 }],
      },
      {
        person: { id: 11, name: "Crew 11" },
        kind: "crew",
        department: "Sound",
        total: null,
        lines: [{ creditId: "j11", label: "Composer", from: 7, to: 6 }],
      },
    ]);
    expect(summarizeDiff(diff)).toBe("2 episode counts changed");
  });

  it("reports cast members whose billing order changed", () => {
    const newer = season(
      [actor(2, 0, ["r2", "Villain", 7]), actor(1, 1, ["r1", "Hero", 7])],
      base.crew,
    );

    const diff = diffSnapshots(base, newer);

    expect(diff.castOrder).toEqual([
      { person: { id: 2, name: "Actor 2" }, from: 1, to: 0 },
      { person: { id: 1, name: "Actor 1" }, from: 0, to: 1 },
    ]);
    expect(summarizeDiff(diff)).toBe("2 moved in cast order");
  });

  it("reports other changed fields of an entry as profile updates", () => {
    const newer = structuredClone(base);
    newer.cast[0]!.profile_path = "/new.jpg";

    const diff = diffSnapshots(base, newer);

    expect(diff.details).toEqual([
      {
        person: { id: 1, name: "Actor 1" },
        kind: "cast",
        department: "",
        fields: [{ field: "profile_path", from: "/1.jpg", to: "/new.jpg" }],
      },
    ]);
    expect(summarizeDiff(diff)).toBe("1 profile updated");
  });

  it("summarises several kinds in one line, in a fixed order", () => {
    const newer = season(
      [
        actor(1, 0, ["r1", "Hero", 6]),
        actor(3, 1, ["r3", "Sidekick", 1]),
        actor(4, 2, ["r4", "Guard", 1]),
      ],
      [member(10, "Writing", ["j10", "Writer", 5]), base.crew[1]!],
    );

    expect(summarizeDiff(diffSnapshots(base, newer))).toBe(
      "2 joined, 1 left, 2 episode counts changed",
    );
  });
});
