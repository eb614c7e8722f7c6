import { beforeAll, expect, it } from "vitest";
import type { JsonObject } from "@/lib/credits/fields";
import { buildSeasonFeed, buildSeriesFeed } from "@/lib/credits/feed";
import { readSeasonTimeline, readSeriesChanges } from "@/lib/credits/history";
import { parseAtom } from "../support/atom";
import { describeEachDatabase } from "../support/db";
import { recordScriptedHistory } from "../support/scripted-history";
import { scriptedVersions } from "../support/scripted-season";
import { asSeasonOf, testSeriesDetails } from "../support/test-series";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const harness = setUpTmdbHarness();

const site = "https://castlog.example";
const squidGame = { id: 93405, name: "Squid Game", slug: "squid-game" };
const tricky = { id: 900120, name: `Tom & "Jerry" <Live>`, slug: "tom" };

describeEachDatabase("the Atom feeds of credit changes", (getDb) => {
  let seasonFeed: string;

  beforeAll(async () => {
    const history = await recordScriptedHistory(getDb(), harness());
    const timeline = await readSeasonTimeline(getDb(), history.seasonId);
    const changes = timeline.snapshots.map((s) => ({ ...s, seasonNumber: 2 }));
    seasonFeed = buildSeasonFeed(
      squidGame,
      2,
      "en-US",
      changes,
      new Date(),
      site,
    );
  });

  it("is valid Atom with one entry per snapshot, newest first", () => {
    const { feed, problems } = parseAtom(seasonFeed);

    expect(problems).toEqual([]);
    expect(feed!.title).toBe("Squid Game: Season 2, credit changes");
    expect(feed!.entries.map((e) => e.summary)).toEqual([
      expect.stringMatching(/^1 left, 1 moved department/),
      expect.stringMatching(/^2 joined, 1 left/),
      "first version stored",
    ]);
    expect(feed!.updated).toBe(feed!.entries[0]!.updated);
  });

  it("links the feed to itself and to the season's history", () => {
    const { feed } = parseAtom(seasonFeed);

    expect(feed!.links).toEqual(
      expect.arrayContaining([
        {
          rel: "self",
          type: "application/atom+xml",
          href: `${site}/tv/93405-squid-game/season/2/feed.xml`,
        },
        {
          rel: "alternate",
          type: "text/html",
          href: `${site}/tv/93405-squid-game/season/2/history`,
        },
      ]),
    );
  });

  it("links each change to its diff and the first version to its page", () => {
    const { feed } = parseAtom(seasonFeed);
    const [latest, , first] = feed!.entries;

    expect(latest!.links[0]!.href).toBe(
      `${site}/tv/93405-squid-game/season/2/diff?to=` +
        encodeURIComponent(latest!.updated),
    );
    expect(first!.links[0]!.href).toBe(
      `${site}/tv/93405-squid-game/season/2?as_of=` +
        encodeURIComponent(first!.updated),
    );
  });

  it("describes the changes in each entry's content", () => {
    const { feed } = parseAtom(seasonFeed);

    expect(feed!.entries[0]!.content).toContain(
      "<h3>Moved between departments</h3>",
    );
    expect(feed!.entries[0]!.content).toContain(
      "Pak Jun-u: Lighting (Lighting Director (7 episodes)) → Camera",
    );
  });

  it("gives entries ids that stay the same from one build to the next", async () => {
    const season = await getDb().season.findFirstOrThrow({
      where: { seriesId: 93405 },
    });
    const again = await readSeasonTimeline(getDb(), season.id);
    const rebuilt = buildSeasonFeed(
      squidGame,
      2,
      "en-US",
      again.snapshots.map((s) => ({ ...s, seasonNumber: 2 })),
      new Date(),
      site,
    );

    const ids = (xml: string) => parseAtom(xml).feed!.entries.map((e) => e.id);
    expect(ids(rebuilt)).toEqual(ids(seasonFeed));
    expect(ids(rebuilt)[0]).toMatch(/^tag:castlog\.example,2026:/);
  });

  it("merges every season of a series, newest first, up to a limit", async () => {
    const [v1, v2] = scriptedVersions() as JsonObject[];
    harness().writeFixture(
      `tv/${tricky.id}`,
      testSeriesDetails(tricky.id, tricky.name),
    );
    for (const [season, body] of [
      [1, v1],
      [2, v1],
      [1, v2],
    ] as const) {
      harness().writeFixture(
        `tv/${tricky.id}/season/${season}/aggregate_credits`,
        asSeasonOf(body!, tricky.id * 10 + season),
      );
      await harness().refresh(getDb(), {
        seriesId: tricky.id,
        seasonNumber: season,
        language: "en-US",
      });
    }

    const all = await readSeriesChanges(getDb(), tricky.id, "en-US", 50);
    const capped = await readSeriesChanges(getDb(), tricky.id, "en-US", 2);
    const xml = buildSeriesFeed(tricky, "en-US", all, new Date(), site);
    const { feed, problems } = parseAtom(xml);

    expect(all.map((c) => [c.seasonNumber, c.summary])).toEqual([
      [1, expect.stringMatching(/^2 joined/)],
      [2, "first version stored"],
      [1, "first version stored"],
    ]);
    expect(capped.map((c) => c.id)).toEqual(all.slice(0, 2).map((c) => c.id));
    expect(problems).toEqual([]);
    expect(feed!.title).toBe(`Tom & "Jerry" <Live>, credit changes`);
    expect(feed!.entries[0]!.title).toMatch(/^Tom & "Jerry" <Live> Season 1: /);
  });
});
