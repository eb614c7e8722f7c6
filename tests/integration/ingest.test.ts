import { beforeEach, expect, it } from "vitest";
import type { JsonObject } from "@/lib/credits/fields";
import { ingestSnapshot, type IngestInput } from "@/lib/credits/ingest";
import { findSnapshot, rebuildSnapshot } from "@/lib/credits/snapshots";
import { describeEachDatabase } from "../support/db";
import { createRandom } from "../fake-tmdb/prng";
import { squidGameSeason2 } from "../support/fixtures";

type Entry = JsonObject & { roles: JsonObject[] };

let day = 0;
const nextTime = () => new Date(Date.UTC(2026, 0, 1 + day++));

describeEachDatabase("ingesting a season", (getDb) => {
  let seriesId = 0;

  beforeEach(async () => {
    seriesId += 1;
    await getDb().series.create({
      data: { id: seriesId, name: "S", slug: "s", fetchedAt: new Date() },
    });
  });

  const ingest = (response: JsonObject, extra: Partial<IngestInput> = {}) =>
    ingestSnapshot(getDb(), {
      seriesId,
      seasonNumber: 2,
      language: "en-US",
      response,
      fetchedAt: nextTime(),
      ...extra,
    });

  const countRows = async () => ({
    credits: await getDb().credit.count(),
    jobs: await getDb().job.count(),
  });

  it("writes every credit on the first fetch and rebuilds it exactly", async () => {
    const seed = squidGameSeason2();

    const result = await ingest(seed);
    const snapshot = await findSnapshot(getDb(), result.seasonId);

    expect(result).toMatchObject({ changed: true, creditsWritten: 40 });
    expect(result.jobsWritten).toBe(40);
    expect(JSON.stringify(await rebuildSnapshot(getDb(), snapshot!))).toBe(
      JSON.stringify(seed),
    );
  });

  it("writes no credit or job rows when nothing changed", async () => {
    const first = await ingest(squidGameSeason2());
    const before = await countRows();

    const again = await ingest(squidGameSeason2());

    expect(again).toMatchObject({ changed: false, creditsWritten: 0 });
    expect(again.snapshotId).toBe(first.snapshotId);
    expect(await countRows()).toEqual(before);
    expect(
      await getDb().seasonCheck.count({ where: { seasonId: first.seasonId } }),
    ).toBe(2);
  });

  it("does not version a change of popularity alone", async () => {
    await ingest(squidGameSeason2());
    const changed = squidGameSeason2();
    const lee = (changed.cast as Entry[])[0]!;
    lee.popularity = 99.5;

    const result = await ingest(changed);
    const person = await getDb().person.findUnique({ where: { id: 73249 } });

    expect(result.changed).toBe(false);
    expect(person?.popularity).toBe(99.5);
  });

  it("recognises an unchanged fetch of a version stored without a digest", async () => {
    const first = await ingest(squidGameSeason2());
    const { contentHash } = await getDb().snapshot.findUniqueOrThrow({
      where: { id: first.snapshotId },
    });
    // As a version stored before castlog kept digests.
    await getDb().snapshot.update({
      where: { id: first.snapshotId },
      data: { contentHash: null },
    });
    await getDb().season.update({
      where: { id: first.seasonId },
      data: { responseHash: null },
    });
    const before = await countRows();

    const again = await ingest(squidGameSeason2());
    const stored = await getDb().snapshot.findUniqueOrThrow({
      where: { id: first.snapshotId },
    });

    expect(again).toMatchObject({ changed: false, creditsWritten: 0 });
    expect(await countRows()).toEqual(before);
    expect(stored.contentHash).toBe(contentHash);
  });

  it("versions a refetch that only reorders an entry's fields", async () => {
    await ingest(squidGameSeason2());
    const changed = squidGameSeason2();
    const { id, ...rest } = (changed.cast as Entry[])[2]!;
    (changed.cast as JsonObject[])[2] = { ...rest, id: id! };

    const result = await ingest(changed);
    const snapshot = await findSnapshot(getDb(), result.seasonId);

    expect(result).toMatchObject({ changed: true, creditsWritten: 1 });
    expect(JSON.stringify(await rebuildSnapshot(getDb(), snapshot!))).toBe(
      JSON.stringify(changed),
    );
  });

  it("keeps the newest fetch's name of a person two seasons share", async () => {
    const renamed = squidGameSeason2();
    (renamed.cast as Entry[])[0]!.name = "Lee Jung-jae (renamed)";
    await ingest(squidGameSeason2());
    await ingest(renamed, { seasonNumber: 3 });

    const again = await ingest(squidGameSeason2());
    const person = await getDb().person.findUnique({ where: { id: 73249 } });

    expect(again.changed).toBe(false);
    expect(person?.name).toBe("Lee Jung-jae");
  });

  it("writes rows for the one person whose episode count changed", async () => {
    await ingest(squidGameSeason2());
    const before = await countRows();
    const changed = squidGameSeason2();
    const lee = (changed.cast as Entry[])[0]!;
    lee.roles[0]!.episode_count = 8;
    lee.total_episode_count = 8;

    const result = await ingest(changed);
    const written = await getDb().credit.findMany({
      where: { fromSnapshotId: result.snapshotId },
    });

    expect(result).toMatchObject({ changed: true, creditsWritten: 1 });
    expect(written.map((c) => c.personId)).toEqual([73249]);
    expect(await countRows()).toEqual({
      credits: before.credits + 1,
      jobs: before.jobs + 1,
    });
  });

  it("rebuilds an old snapshot after the person's name changed", async () => {
    const original = squidGameSeason2();
    const first = await ingest(original);
    const renamed = squidGameSeason2();
    (renamed.cast as Entry[])[0]!.name = "Lee Jung-jae (renamed)";
    const second = await ingest(renamed);
    const db = getDb();

    const old = await db.snapshot.findUnique({
      where: { id: first.snapshotId },
    });
    const now = await db.snapshot.findUnique({
      where: { id: second.snapshotId },
    });

    expect(JSON.stringify(await rebuildSnapshot(db, old!))).toBe(
      JSON.stringify(original),
    );
    expect(JSON.stringify(await rebuildSnapshot(db, now!))).toBe(
      JSON.stringify(renamed),
    );
  });

  it("stores and rebuilds a field TMDB added", async () => {
    const withField = squidGameSeason2();
    const lee = (withField.cast as Entry[])[0]!;
    const reordered: JsonObject = { spotlight: { rank: 1 }, ...lee };
    (withField.cast as JsonObject[])[0] = reordered;
    withField.total_results = 40;

    const result = await ingest(withField);
    const snapshot = await findSnapshot(getDb(), result.seasonId);

    expect(JSON.stringify(await rebuildSnapshot(getDb(), snapshot!))).toBe(
      JSON.stringify(withField),
    );
  });

  it("records a person who left and one who joined", async () => {
    const first = await ingest(squidGameSeason2());
    const changed = squidGameSeason2();
    const cast = changed.cast as Entry[];
    const [gone] = cast.splice(10, 1);
    cast.push({ ...gone!, id: 999_999_1, name: "Newcomer" });

    const result = await ingest(changed);
    const snapshot = await findSnapshot(getDb(), result.seasonId);
    const old = await getDb().snapshot.findUnique({
      where: { id: first.snapshotId },
    });

    expect(result.creditsWritten).toBe(1);
    expect(JSON.stringify(await rebuildSnapshot(getDb(), snapshot!))).toBe(
      JSON.stringify(changed),
    );
    expect(JSON.stringify(await rebuildSnapshot(getDb(), old!))).toBe(
      JSON.stringify(squidGameSeason2()),
    );
  });

  it("keeps the versions of the entries after one that left", async () => {
    const first = await ingest(squidGameSeason2());
    const changed = squidGameSeason2();
    (changed.crew as JsonObject[]).splice(1, 1);
    const before = await countRows();

    const result = await ingest(changed);
    const old = await getDb().snapshot.findUnique({
      where: { id: first.snapshotId },
    });
    const now = await findSnapshot(getDb(), result.seasonId);

    expect(result).toMatchObject({ changed: true, creditsWritten: 0 });
    expect(await countRows()).toEqual(before);
    expect(JSON.stringify(await rebuildSnapshot(getDb(), now!))).toBe(
      JSON.stringify(changed),
    );
    expect(JSON.stringify(await rebuildSnapshot(getDb(), old!))).toBe(
      JSON.stringify(squidGameSeason2()),
    );
  });

  it("rebuilds every version exactly through joins, departures and moves", async () => {
    const random = createRandom(7);
    const pick = (list: unknown[]) => random.int(0, list.length - 1);
    // At most this many credits written by a join, a departure, a move
    // of one entry, and a swap of two.
    const limits = [1, 0, 1, 2];
    let season = squidGameSeason2();
    const { snapshotId } = await ingest(season);
    const fetched = [{ snapshotId, response: season }];

    for (let step = 0; step < 24; step += 1) {
      season = structuredClone(season);
      const list = (random.chance(0.3) ? season.cast : season.crew) as Entry[];
      const kind = step % 4;
      if (kind === 0) {
        const copy = { ...list[pick(list)]!, id: 990_000 + step };
        list.splice(random.int(0, list.length), 0, copy);
      } else if (kind === 1) {
        list.splice(pick(list), 1);
      } else if (kind === 2) {
        const [moved] = list.splice(pick(list), 1);
        list.splice(random.int(0, list.length), 0, moved!);
      } else {
        const [a, b] = [pick(list), pick(list)];
        [list[a], list[b]] = [list[b]!, list[a]!];
      }

      const result = await ingest(season);
      expect(result.creditsWritten).toBeLessThanOrEqual(limits[kind]!);
      fetched.push({ snapshotId: result.snapshotId, response: season });
    }

    for (const { snapshotId, response } of fetched) {
      const snapshot = await getDb().snapshot.findUnique({
        where: { id: snapshotId },
      });
      expect(JSON.stringify(await rebuildSnapshot(getDb(), snapshot!))).toBe(
        JSON.stringify(response),
      );
    }
  });

  it("leaves one version after two concurrent ingests", async () => {
    const time = nextTime();

    const results = await Promise.all([
      ingest(squidGameSeason2(), { fetchedAt: time }),
      ingest(squidGameSeason2(), { fetchedAt: time }),
    ]);
    const seasonId = results[0]!.seasonId;

    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(await getDb().snapshot.count({ where: { seasonId } })).toBe(1);
    expect(await getDb().credit.count({ where: { seasonId } })).toBe(40);
  });

  it("keeps each language's history apart", async () => {
    const english = await ingest(squidGameSeason2());
    const french = await ingest(squidGameSeason2(), { language: "fr-FR" });

    expect(french.seasonId).not.toBe(english.seasonId);
    expect(french.changed).toBe(true);
  });
});
