import type { DbClient } from "../db/types";
import type { JsonObject } from "./fields";
import { rebuildSnapshot, type SnapshotRef } from "./snapshots";

// Rebuilt responses of recent snapshots, by snapshot id, so that a season
// shown again (or read back right after it was stored) is not rebuilt
// from thousands of rows each time. A snapshot's credits never change once
// written; only the popularity it carries, which is each person's latest,
// can move when any season is stored. So storing anything clears the memo
// in this process, and entries expire after a minute for other processes'
// writes.

const maxEntries = 16;
const maxAgeMs = 60_000;

type Entry = { response: JsonObject; storedAt: number };

const memo = new Map<number, Entry>();

/** Keeps `response` as what snapshot `id` rebuilds to. */
export function rememberRebuilt(id: number, response: JsonObject): void {
  memo.delete(id);
  memo.set(id, { response, storedAt: Date.now() });
  // Maps keep insertion order: the first key is the least recent.
  if (memo.size > maxEntries) memo.delete(memo.keys().next().value!);
}

/** Forgets every rebuilt response: something was stored. */
export function forgetRebuilt(): void {
  memo.clear();
}

/** The response TMDB sent for the snapshot, rebuilt or remembered. */
export async function rebuildSnapshotOnce(
  db: DbClient,
  snapshot: SnapshotRef,
): Promise<JsonObject> {
  const known = memo.get(snapshot.id);
  if (known && Date.now() - known.storedAt < maxAgeMs) {
    return known.response;
  }

  const response = await rebuildSnapshot(db, snapshot);
  rememberRebuilt(snapshot.id, response);
  return response;
}
