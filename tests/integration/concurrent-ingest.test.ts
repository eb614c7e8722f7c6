import { beforeAll, expect, it, vi } from "vitest";
import type { JsonObject } from "@/lib/credits/fields";
import { ingestSnapshot, type IngestResult } from "@/lib/credits/ingest";
import { readCurrentCredits, readSnapshotCredits } from "@/lib/credits/rows";
import { findSnapshot, rebuildSnapshot } from "@/lib/credits/snapshots";
import type { SeasonCredits } from "../fake-tmdb/credits";
import { generateSeason } from "../fake-tmdb/generate";
import { mutateSeason } from "../fake-tmdb/mutate";
import { describeEachDatabase } from "../support/db";

const key = { seriesId: 900931, seasonNumber: 1, language: "en-US" };
const ingests = 20;
const start = Date.UTC(2026, 2, 1);

/**
 * Version i of the season: episode counts of a fifth of the entries
 * moved, and cast member i gone (back again in the other versions), so
 * that credits close, reopen and change between any two versions.
 */
function version(base: SeasonCredits, i: number): SeasonCredits {
  const changed = mutateSeason(base, { seed: 100 + i, fraction: 0.2 });
  changed.cast.splice(i, 1);
  return changed;
}

type Credit = {
  kind: string;
  department: string;
  personId: number;
  fromSnapshotId: number;
  toSnapshotId: number | null;
};

/** Problems with the credit versions of one person's entry, if any. */
function chainProblems(versions: Credit[], snapshotIds: Set<number>) {
  const sorted = [...versions].sort(
    (a, b) => a.fromSnapshotId - b.fromSnapshotId,
  );
  const problems: string[] = [];
  sorted.forEach((v, i) => {
    const next = sorted[i + 1];
    const label = `${v.kind}/${v.department}/${v.personId}@${v.fromSnapshotId}`;
    if (!snapshotIds.has(v.fromSnapshotId))
      problems.push(`${label} opens nowhere`);
    if (v.toSnapshotId !== null && !snapshotIds.has(v.toSnapshotId)) {
      problems.push(`${label} closes nowhere`);
    }
    if (v.toSnapshotId !== null && v.toSnapshotId <= v.fromSnapshotId) {
      problems.push(`${label} closes before it opens`);
    }
    if (next && (v.toSnapshotId ?? Infinity) > next.fromSnapshotId) {
      problems.push(`${label} overlaps the next version`);
    }
  });
  return problems;
}

describeEachDatabase("twenty concurrent ingests of one season", (getDb) => {
  const inputs: { response: JsonObject; fetchedAt: Date }[] = [];
  const texts: string[] = [];
  let results: IngestResult[] = [];

  beforeAll(async () => {
    vi.stubEnv("LOG_LEVEL", "silent");
    const base = generateSeason({ seed: 931, cast: 40, crew: 80 });
    for (let i = 0; i < ingests; i += 1) {
      const response = version(base, i) as unknown as JsonObject;
      // Fetched one after the other, a second apart, as responses that
      // reach castlog while earlier ones are still being stored.
      inputs.push({ response, fetchedAt: new Date(start + i * 1000) });
      texts.push(JSON.stringify(response));
    }
    await getDb().series.upsert({
      where: { id: key.seriesId },
      create: { id: key.seriesId, name: "S", slug: "s", fetchedAt: new Date() },
      update: {},
    });

    results = await Promise.all(
      inputs.map((input) => ingestSnapshot(getDb(), { ...key, ...input })),
    );
  });

  const storedSnapshots = async () =>
    getDb().snapshot.findMany({
      where: { seasonId: results[0]!.seasonId },
      orderBy: { id: "asc" },
    });

  it("starts from twenty different versions", () => {
    expect(new Set(texts).size).toBe(ingests);
  });

  it("stores each snapshot as exactly one version, in the order fetched, none twice", async () => {
    const snapshots = await storedSnapshots();
    const rebuilt: string[] = [];
    for (const snapshot of snapshots) {
      rebuilt.push(JSON.stringify(await rebuildSnapshot(getDb(), snapshot)));
    }
    const times = snapshots.map((s) => s.fetchedAt.getTime());
    const fetchedAs = times.map((t) => (t - start) / 1000);

    expect(snapshots.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(rebuilt).toEqual(fetchedAs.map((i) => texts[i]));
    expect(snapshots.map((s) => s.id)).toEqual(
      results
        .filter((r) => r.changed)
        .map((r) => r.snapshotId)
        .sort((a, b) => a - b),
    );
  });

  it("skips only versions older than one already stored", async () => {
    const byId = new Map((await storedSnapshots()).map((s) => [s.id, s]));

    results.forEach((result, i) => {
      const stored = byId.get(result.snapshotId)!;
      if (result.changed) {
        expect(stored.fetchedAt).toEqual(inputs[i]!.fetchedAt);
      } else {
        expect(stored.fetchedAt.getTime()).toBeGreaterThan(
          inputs[i]!.fetchedAt.getTime(),
        );
      }
    });
  });

  it("serves the newest version as the latest, the last one committed", async () => {
    const snapshots = await storedSnapshots();
    const latest = await findSnapshot(getDb(), results[0]!.seasonId);

    expect(latest?.id).toBe(snapshots.at(-1)!.id);
    expect(latest?.fetchedAt).toEqual(inputs.at(-1)!.fetchedAt);
    expect(JSON.stringify(await rebuildSnapshot(getDb(), latest!))).toBe(
      texts.at(-1),
    );
  });

  it("records one check per stored version and dates the season by the newest", async () => {
    const seasonId = results[0]!.seasonId;
    const snapshots = await storedSnapshots();
    const checks = await getDb().seasonCheck.findMany({
      where: { seasonId },
      orderBy: { id: "asc" },
    });
    const season = await getDb().season.findUnique({ where: { id: seasonId } });

    expect(checks.map((c) => [c.snapshotId, c.checkedAt, c.changed])).toEqual(
      snapshots.map((s) => [s.id, s.fetchedAt, true]),
    );
    expect(season?.checkedAt).toEqual(inputs.at(-1)!.fetchedAt);
  });

  it("leaves credit versions that neither overlap nor point past the history", async () => {
    const seasonId = results[0]!.seasonId;
    const snapshots = await storedSnapshots();
    const ids = new Set(snapshots.map((s) => s.id));
    const credits = await getDb().credit.findMany({ where: { seasonId } });
    const byEntry = new Map<string, Credit[]>();
    for (const credit of credits) {
      const entry = `${credit.kind}|${credit.department}|${credit.personId}`;
      byEntry.set(entry, [...(byEntry.get(entry) ?? []), credit]);
    }
    const problems = [...byEntry.values()].flatMap((versions) =>
      chainProblems(versions, ids),
    );
    const current = await readCurrentCredits(getDb(), seasonId);
    const inLatest = await readSnapshotCredits(
      getDb(),
      seasonId,
      snapshots.at(-1)!.id,
    );

    expect(problems).toEqual([]);
    expect(current.map((c) => c.id)).toEqual(inLatest.map((c) => c.id));
  });
});
