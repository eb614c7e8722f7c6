import { beforeAll, expect, it } from "vitest";
import { chooseSnapshots, readSnapshotDiff } from "@/lib/credits/compare";
import { summarizeDiff } from "@/lib/credits/diff";
import { readSeasonTimeline, type SeasonTimeline } from "@/lib/credits/history";
import { describeEachDatabase } from "../support/db";
import {
  recordScriptedHistory,
  type ScriptedHistory,
} from "../support/scripted-history";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const harness = setUpTmdbHarness();

const summaries = {
  first: "first version stored",
  oneToTwo:
    "2 joined, 1 left, 1 character added, 1 character renamed, " +
    "1 job added, 3 episode counts changed, 2 moved in cast order",
  twoToThree:
    "1 left, 1 moved department, 1 character removed, 1 job removed, " +
    "3 episode counts changed",
  oneToThree:
    "2 joined, 2 left, 1 moved department, 1 character renamed, " +
    "1 job added, 1 job removed, 2 episode counts changed, " +
    "2 moved in cast order",
};

describeEachDatabase("a season's history", (getDb) => {
  let history: ScriptedHistory;
  let timeline: SeasonTimeline;

  beforeAll(async () => {
    history = await recordScriptedHistory(getDb(), harness());
    timeline = await readSeasonTimeline(getDb(), history.seasonId);
  });

  it("lists the three snapshots newest first with their counts", () => {
    expect(
      timeline.snapshots.map((s) => [s.castCount, s.crewCount, s.summary]),
    ).toEqual([
      [11, 29, summaries.twoToThree],
      [11, 30, summaries.oneToTwo],
      [11, 29, summaries.first],
    ]);
    const times = timeline.snapshots.map((s) => s.fetchedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("lists the checks that found no change, newest first", () => {
    const [third, , first] = timeline.snapshots;

    expect(timeline.checkCount).toBe(2);
    expect(timeline.checks.map((c) => c.snapshotId)).toEqual([
      third!.id,
      first!.id,
    ]);
    expect(timeline.snapshots.map((s) => s.confirmations)).toEqual([1, 0, 1]);
    expect(third!.lastConfirmedAt).toEqual(timeline.checks[0]!.checkedAt);
  });

  it("summarises each snapshot exactly as a diff of full rebuilds does", async () => {
    for (const [i, snapshot] of timeline.snapshots.slice(0, 2).entries()) {
      const full = await readSnapshotDiff(getDb(), history.seasonId, {
        from: timeline.snapshots[i + 1]!.fetchedAt,
        to: snapshot.fetchedAt,
      });

      expect(full.ok && full.value.diff).toEqual(snapshot.diff);
    }
  });

  it("compares the latest snapshot with the one before by default", async () => {
    const result = await readSnapshotDiff(getDb(), history.seasonId, {});

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.to.id).toBe(timeline.snapshots[0]!.id);
    expect(result.value.from?.id).toBe(timeline.snapshots[1]!.id);
    expect(summarizeDiff(result.value.diff)).toBe(summaries.twoToThree);
  });

  it("chooses the snapshot in force at each moment", async () => {
    const [v1, v2, v3] = history.afterVersion;
    const [third, second, first] = timeline.snapshots;
    const choose = (from?: Date, to?: Date) =>
      chooseSnapshots(getDb(), history.seasonId, { from, to });

    const early = await choose(v1, v2);
    const wide = await choose(first!.fetchedAt, v3);
    const onlyTo = await choose(undefined, v2);

    expect(early.ok && [early.pair.from?.id, early.pair.to.id]).toEqual([
      first!.id,
      second!.id,
    ]);
    expect(wide.ok && [wide.pair.from?.id, wide.pair.to.id]).toEqual([
      first!.id,
      third!.id,
    ]);
    expect(onlyTo.ok && onlyTo.pair.from?.id).toBe(first!.id);
  });

  it("diffs snapshots that are not neighbours from full rebuilds", async () => {
    const [v1, , v3] = history.afterVersion;

    const result = await readSnapshotDiff(getDb(), history.seasonId, {
      from: v1,
      to: v3,
    });

    expect(result.ok && summarizeDiff(result.value.diff)).toBe(
      summaries.oneToThree,
    );
  });

  it("compares the first snapshot with nothing: everyone joined", async () => {
    const result = await readSnapshotDiff(getDb(), history.seasonId, {
      to: history.afterVersion[0],
    });

    expect(result.ok && result.value.from).toBeNull();
    expect(result.ok && summarizeDiff(result.value.diff)).toBe("40 joined");
  });

  it("names the moment that falls before the first snapshot", async () => {
    const { start } = history;

    expect(
      await chooseSnapshots(getDb(), history.seasonId, { to: start }),
    ).toEqual({ ok: false, parameter: "to" });
    expect(
      await chooseSnapshots(getDb(), history.seasonId, { from: start }),
    ).toEqual({ ok: false, parameter: "from" });
  });
});
