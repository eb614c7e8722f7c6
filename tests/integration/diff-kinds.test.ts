import { beforeAll, expect, it } from "vitest";
import { readSnapshotDiff } from "@/lib/credits/compare";
import type { CreditsDiff } from "@/lib/credits/diff";
import { describeEachDatabase } from "../support/db";
import { recordScriptedHistory } from "../support/scripted-history";
import { cast, crew, newWriter, newcomer } from "../support/scripted-season";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const harness = setUpTmdbHarness();

const ids = (list: { person: { id: number } }[]) =>
  list.map((c) => c.person.id);

describeEachDatabase(
  "each kind of change between fetched versions",
  (getDb) => {
    const diffs: Record<"oneToTwo" | "twoToThree" | "oneToThree", CreditsDiff> =
      {} as never;

    beforeAll(async () => {
      const history = await recordScriptedHistory(getDb(), harness());
      const [v1, v2, v3] = history.afterVersion;
      const diff = async (from: Date, to: Date) => {
        const result = await readSnapshotDiff(getDb(), history.seasonId, {
          from,
          to,
        });
        if (!result.ok) throw new Error(`no snapshot at ${result.parameter}`);
        return result.value.diff;
      };

      diffs.oneToTwo = await diff(v1, v2);
      diffs.twoToThree = await diff(v2, v3);
      diffs.oneToThree = await diff(v1, v3);
    });

    it("finds the cast member who joined and the one who left", () => {
      expect(diffs.oneToTwo.castJoined).toEqual([
        {
          person: newcomer,
          kind: "cast",
          department: "",
          lines: [
            {
              creditId: "900150a0000000000000002b",
              label: "Se-mi / 'No. 380'",
              episodeCount: 3,
            },
          ],
          totalEpisodeCount: 3,
        },
      ]);
      expect(ids(diffs.oneToTwo.castLeft)).toEqual([cast.junHee]);
      expect(ids(diffs.oneToThree.castJoined)).toEqual([newcomer.id]);
      expect(ids(diffs.twoToThree.castJoined)).toEqual([]);
    });

    it("finds crew entries that joined and left", () => {
      expect(
        diffs.oneToTwo.crewJoined.map((e) => [e.person.id, e.department]),
      ).toEqual([[newWriter.id, "Writing"]]);
      expect(
        diffs.twoToThree.crewLeft.map((e) => [e.person.id, e.department]),
      ).toEqual([[crew.colorist, "Editing"]]);
      expect(ids(diffs.oneToThree.crewLeft)).toEqual([crew.colorist]);
    });

    it("reports the move from Lighting to Camera as one move", () => {
      const move = {
        person: { id: crew.lighting, name: "Pak Jun-u" },
        from: "Lighting",
        to: "Camera",
      };

      expect(diffs.twoToThree.departmentMoves).toMatchObject([move]);
      expect(diffs.oneToThree.departmentMoves).toMatchObject([move]);
      expect(ids(diffs.twoToThree.crewJoined)).not.toContain(crew.lighting);
      expect(ids(diffs.twoToThree.crewLeft)).not.toContain(crew.lighting);
    });

    it("finds the character added, then removed again", () => {
      const young = { label: "Young Gi-hun", episodeCount: 1 };

      expect(diffs.oneToTwo.charactersAdded).toMatchObject([
        { person: { id: cast.leader }, line: young },
      ]);
      expect(diffs.twoToThree.charactersRemoved).toMatchObject([
        { person: { id: cast.leader }, line: young },
      ]);
      expect(diffs.oneToThree.charactersAdded).toEqual([]);
      expect(diffs.oneToThree.charactersRemoved).toEqual([]);
    });

    it("finds the character renamed under the same credit_id", () => {
      const rename = {
        person: { id: cast.frontMan, name: "Lee Byung-hun" },
        creditId: "648e484726346200ae1bc82a",
        from: "Front Man",
        to: "Front Man / 'No. 001'",
      };

      expect(diffs.oneToTwo.charactersRenamed).toEqual([rename]);
      expect(diffs.oneToThree.charactersRenamed).toEqual([rename]);
      expect(diffs.twoToThree.charactersRenamed).toEqual([]);
    });

    it("finds the crew job added and the one removed", () => {
      const jobs = (list: CreditsDiff["jobsAdded"]) =>
        list.map((j) => [j.person.id, j.department, j.line.label]);

      expect(jobs(diffs.oneToTwo.jobsAdded)).toEqual([
        [crew.producer, "Production", "Co-Producer"],
      ]);
      expect(jobs(diffs.twoToThree.jobsRemoved)).toEqual([
        [crew.producer, "Production", "Producer"],
      ]);
      expect(jobs(diffs.oneToThree.jobsAdded)).toHaveLength(1);
      expect(jobs(diffs.oneToThree.jobsRemoved)).toHaveLength(1);
    });

    it("finds changed episode counts per role, per job and in total", () => {
      const junHo = diffs.oneToTwo.episodeCounts.find(
        (e) => e.person.id === cast.junHo,
      );
      const producer = diffs.twoToThree.episodeCounts.find(
        (e) => e.person.id === crew.producer,
      );

      expect(junHo).toMatchObject({
        total: { from: 7, to: 6 },
        lines: [{ label: "Hwang Jun-ho", from: 7, to: 6 }],
      });
      expect(producer).toMatchObject({
        department: "Production",
        total: { from: 14, to: 7 },
        lines: [],
      });
      expect(ids(diffs.oneToThree.episodeCounts)).toEqual([
        cast.myungGi,
        cast.junHo,
      ]);
    });

    it("finds the two cast members who swapped places", () => {
      expect(diffs.oneToTwo.castOrder).toEqual([
        { person: { id: cast.daeHo, name: "Kang Ha-neul" }, from: 3, to: 2 },
        { person: { id: cast.myungGi, name: "Yim Si-wan" }, from: 2, to: 3 },
      ]);
      expect(diffs.twoToThree.castOrder).toEqual([]);
    });
  },
);
