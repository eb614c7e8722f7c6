import { beforeAll, expect, it } from "vitest";
import { readSnapshotDiff, type SnapshotDiff } from "@/lib/credits/compare";
import {
  diffCsv,
  diffFileName,
  diffJson,
  snapshotCsv,
  snapshotFileName,
} from "@/lib/credits/export";
import { findSnapshot, rebuildSnapshot } from "@/lib/credits/snapshots";
import type { AggregateCredits } from "@/lib/tmdb/schemas";
import { parseCsv } from "../support/csv";
import { describeEachDatabase } from "../support/db";
import {
  recordScriptedHistory,
  type ScriptedHistory,
} from "../support/scripted-history";
import { cast, crew } from "../support/scripted-season";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const harness = setUpTmdbHarness();

const season = {
  series: { id: 93405, name: "Squid Game", slug: "squid-game" },
  seasonNumber: 2,
  language: "en-US",
};

describeEachDatabase("exporting snapshots and diffs", (getDb) => {
  let history: ScriptedHistory;
  let oneToTwo: SnapshotDiff;

  beforeAll(async () => {
    history = await recordScriptedHistory(getDb(), harness());
    const [v1, v2] = history.afterVersion;
    const result = await readSnapshotDiff(getDb(), history.seasonId, {
      from: v1,
      to: v2,
    });
    if (!result.ok) throw new Error("scripted snapshots missing");
    oneToTwo = result.value;
  });

  it("writes a snapshot as CSV, one row per role or job", async () => {
    const snapshot = await findSnapshot(getDb(), history.seasonId);
    const credits = (await rebuildSnapshot(
      getDb(),
      snapshot!,
    )) as unknown as AggregateCredits;

    const [header, ...rows] = parseCsv(snapshotCsv(credits));

    expect(header).toEqual([
      "kind",
      "department",
      "person_id",
      "name",
      "order",
      "credit_id",
      "character",
      "job",
      "episode_count",
      "total_episode_count",
    ]);
    expect(rows).toHaveLength(11 + 29);
    expect(rows[0]).toEqual([
      "cast",
      "",
      "73249",
      "Lee Jung-jae",
      "0",
      "5e691b882f3b1700113ec6a7",
      "Seong Gi-hun / 'No. 456'",
      "",
      "7",
      "7",
    ]);
    expect(rows.filter((r) => r[0] === "crew" && r[3] === "Pak Jun-u")).toEqual(
      [
        [
          "crew",
          "Camera",
          String(crew.lighting),
          "Pak Jun-u",
          "",
          "900151a0000000000000005e",
          "",
          "Gaffer",
          "7",
          "7",
        ],
      ],
    );
  });

  it("writes a diff as CSV, one row per role or job that changed", () => {
    const [header, ...rows] = parseCsv(diffCsv(oneToTwo.diff));
    const changes = rows.map((r) => r[0]);

    expect(header).toEqual([
      "change",
      "kind",
      "department",
      "person_id",
      "name",
      "credit_id",
      "character",
      "job",
      "field",
      "before",
      "after",
    ]);
    expect(rows).toContainEqual([
      "character_renamed",
      "cast",
      "",
      String(cast.frontMan),
      "Lee Byung-hun",
      "648e484726346200ae1bc82a",
      "Front Man / 'No. 001'",
      "",
      "character",
      "Front Man",
      "Front Man / 'No. 001'",
    ]);
    expect(rows).toContainEqual([
      "job_added",
      "crew",
      "Production",
      String(crew.producer),
      "Han Heung-seok",
      "900151a0000000000000004d",
      "",
      "Co-Producer",
      "episode_count",
      "",
      "7",
    ]);
    expect(new Set(changes)).toEqual(
      new Set([
        "joined",
        "left",
        "character_added",
        "character_renamed",
        "job_added",
        "episode_count_changed",
        "order_changed",
      ]),
    );
  });

  it("writes a diff as JSON naming the season, both snapshots and a summary", () => {
    const body = JSON.parse(JSON.stringify(diffJson(season, oneToTwo)));

    expect(body).toMatchObject({
      seriesId: 93405,
      seasonNumber: 2,
      language: "en-US",
      from: { castCount: 11, crewCount: 29 },
      to: { castCount: 11, crewCount: 30 },
      summary: expect.stringMatching(/^2 joined, 1 left/),
    });
    expect(Date.parse(body.from.fetchedAt)).toBeLessThan(
      Date.parse(body.to.fetchedAt),
    );
    expect(body.changes.charactersRenamed).toHaveLength(1);
  });

  it("names the files after the series, the season and the moments", () => {
    const at = new Date("2026-12-04T10:15:00.123Z");
    const later = new Date("2026-12-05T08:00:00Z");
    const french = { ...season, language: "fr-FR" };

    expect(snapshotFileName(season, at, "csv")).toBe(
      "squid-game-s02-credits-2026-12-04T101500Z.csv",
    );
    expect(
      diffFileName(
        french,
        {
          from: { ...oneToTwo.to, fetchedAt: at },
          to: { ...oneToTwo.to, fetchedAt: later },
        },
        "json",
      ),
    ).toBe(
      "squid-game-s02-fr-FR-diff-2026-12-04T101500Z-2026-12-05T080000Z.json",
    );
    expect(
      diffFileName(season, { from: null, to: oneToTwo.to }, "csv"),
    ).toMatch(/^squid-game-s02-diff-start-\d{4}-\d{2}-\d{2}T\d{6}Z\.csv$/);
  });
});
