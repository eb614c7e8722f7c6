import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DbClient } from "../db/types";
import { forgetRebuilt, rebuildSnapshotOnce, rememberRebuilt } from "./rebuilt";
import type { SnapshotRef } from "./snapshots";

const rebuildSnapshot = vi.hoisted(() => vi.fn());
vi.mock("./snapshots", () => ({ rebuildSnapshot }));

const db = {} as DbClient;
const snapshot = (id: number) => ({ id }) as SnapshotRef;

describe("rebuildSnapshotOnce", () => {
  beforeEach(() => {
    forgetRebuilt();
    rebuildSnapshot.mockReset();
    rebuildSnapshot.mockImplementation(async (_db, ref: SnapshotRef) => ({
      id: ref.id,
    }));
  });

  it("rebuilds a snapshot once, then answers from memory", async () => {
    expect(await rebuildSnapshotOnce(db, snapshot(1))).toEqual({ id: 1 });
    expect(await rebuildSnapshotOnce(db, snapshot(1))).toEqual({ id: 1 });

    expect(rebuildSnapshot).toHaveBeenCalledTimes(1);
  });

  it("answers a remembered response without rebuilding", async () => {
    rememberRebuilt(2, { id: 2, cast: [] });

    expect(await rebuildSnapshotOnce(db, snapshot(2))).toEqual({
      id: 2,
      cast: [],
    });
    expect(rebuildSnapshot).not.toHaveBeenCalled();
  });

  it("rebuilds again once told that something was stored", async () => {
    await rebuildSnapshotOnce(db, snapshot(3));
    forgetRebuilt();
    await rebuildSnapshotOnce(db, snapshot(3));

    expect(rebuildSnapshot).toHaveBeenCalledTimes(2);
  });

  it("rebuilds again after a minute", async () => {
    vi.useFakeTimers();
    try {
      await rebuildSnapshotOnce(db, snapshot(4));
      vi.advanceTimersByTime(60_001);
      await rebuildSnapshotOnce(db, snapshot(4));
    } finally {
      vi.useRealTimers();
    }

    expect(rebuildSnapshot).toHaveBeenCalledTimes(2);
  });

  it("keeps only the most recent snapshots", async () => {
    for (let id = 100; id < 120; id++) {
      await rebuildSnapshotOnce(db, snapshot(id));
    }
    await rebuildSnapshotOnce(db, snapshot(119));
    await rebuildSnapshotOnce(db, snapshot(100));

    expect(rebuildSnapshot).toHaveBeenCalledTimes(21);
  });
});
