import { rebuildSnapshot } from "@/lib/credits/snapshots";
import { openDatabase } from "@/lib/db/open";
import type { SoakWorld } from "./seasons";

export type HistoryCheck = {
  snapshots: number;
  /** Empty when history is intact; else what is wrong, one line each. */
  problems: string[];
};

/** JSON text with the same values in the same order, spacing aside. */
const canonical = (text: string) => JSON.stringify(JSON.parse(text));

/**
 * Opens the stopped server's database and checks every snapshot of the
 * soak's seasons: each rebuilds to exactly a well-formed body the fake
 * served for its season, none to a broken one, no two in a row alike,
 * and never-stored seasons have none.
 */
export async function checkHistory(
  pgliteDir: string,
  world: SoakWorld,
): Promise<HistoryCheck> {
  const open = await openDatabase({ kind: "pglite", dir: pgliteDir });
  const problems: string[] = [];
  let snapshots = 0;

  try {
    for (const season of world.seasons) {
      const label = `${season.seriesId}/${season.seasonNumber}`;
      const good = new Set([...season.goodBodies].map(canonical));
      const rows = await open.db.snapshot.findMany({
        where: {
          season: {
            seriesId: season.seriesId,
            seasonNumber: season.seasonNumber,
          },
        },
        orderBy: { id: "asc" },
      });
      snapshots += rows.length;
      if (season.stored && rows.length === 0) {
        problems.push(`${label}: no snapshot stored`);
      }
      if (!season.stored && rows.length > 0) {
        problems.push(`${label}: ${rows.length} snapshots from bad bodies`);
      }

      let previous: string | undefined;
      for (const row of rows) {
        const rebuilt = JSON.stringify(await rebuildSnapshot(open.db, row));
        if (!good.has(rebuilt)) {
          problems.push(`${label}: snapshot ${row.id} matches no body served`);
        }
        if (rebuilt === previous) {
          problems.push(`${label}: snapshot ${row.id} repeats the one before`);
        }
        previous = rebuilt;
      }
    }
  } finally {
    await open.close();
  }
  return { snapshots, problems };
}
