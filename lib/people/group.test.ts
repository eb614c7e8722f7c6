import { describe, expect, it } from "vitest";
import { groupBySeason, type CreditVersion } from "./group";

const version = (over: Partial<CreditVersion>): CreditVersion => ({
  seasonId: 1,
  kind: "cast",
  department: "",
  position: 0,
  fromSnapshotId: 1,
  toSnapshotId: null,
  totalEpisodeCount: 8,
  jobs: [{ character: "Gi-hun", job: null, episodeCount: 8 }],
  ...over,
});

describe("grouping a person's credit versions by season", () => {
  it("shows the version in force and the first snapshot seen", () => {
    const [span] = groupBySeason([
      version({ toSnapshotId: 3 }),
      version({
        fromSnapshotId: 3,
        jobs: [{ character: "Player 456", job: null, episodeCount: 8 }],
      }),
    ]);

    expect(span).toMatchObject({ firstSnapshotId: 1, closingSnapshotId: null });
    expect(span?.entries).toEqual([
      {
        kind: "cast",
        department: "",
        roles: [{ title: "Player 456", episodeCount: 8 }],
        totalEpisodeCount: 8,
        current: true,
      },
    ]);
  });

  it("keeps the last version of someone who left and what closed it", () => {
    const [span] = groupBySeason([
      version({ toSnapshotId: 2, totalEpisodeCount: 3 }),
      version({ fromSnapshotId: 2, toSnapshotId: 5, totalEpisodeCount: 4 }),
    ]);

    expect(span?.closingSnapshotId).toBe(5);
    expect(span?.entries).toMatchObject([
      { totalEpisodeCount: 4, current: false },
    ]);
  });

  it("lists the cast before crew departments in TMDB's order", () => {
    const job = (name: string) => [
      { character: null, job: name, episodeCount: 2 },
    ];
    const [span] = groupBySeason([
      version({
        kind: "crew",
        department: "Sound",
        position: 7,
        jobs: job("Mixer"),
      }),
      version({
        kind: "crew",
        department: "Art",
        position: 1,
        jobs: job("Props"),
      }),
      version({ position: 4 }),
    ]);

    expect(span?.entries.map((e) => e.department)).toEqual([
      "",
      "Art",
      "Sound",
    ]);
    expect(span?.entries[1]?.roles).toEqual([
      { title: "Props", episodeCount: 2 },
    ]);
  });

  it("counts a person as credited while any of their entries holds", () => {
    const [span] = groupBySeason([
      version({ toSnapshotId: 4 }),
      version({ kind: "crew", department: "Writing", position: 2 }),
    ]);

    expect(span?.closingSnapshotId).toBeNull();
    expect(span?.entries.map((e) => e.current)).toEqual([false, true]);
  });

  it("makes one span per season", () => {
    const spans = groupBySeason([
      version({ seasonId: 1 }),
      version({ seasonId: 2, fromSnapshotId: 9 }),
    ]);

    expect(spans.map((s) => [s.seasonId, s.firstSnapshotId])).toEqual([
      [1, 1],
      [2, 9],
    ]);
  });
});
