import { signInWithToken } from "@/lib/auth/accounts";
import type { SeasonKey } from "@/lib/credits/ingest";
import { openDatabase } from "@/lib/db/open";
import { createTmdbClient } from "@/lib/tmdb/client";

export type TrackingSeed = {
  /** The embedded database's directory, before any server opens it. */
  pgliteDir: string;
  /** The TMDB server that checks the token at sign-in. */
  tmdbUrl: string;
  token: string;
  /** TOKEN_ENCRYPTION_KEY of the server that will open the database. */
  encryptionKey: string;
  /** A whole series by id, or one season. */
  track: { seriesId: number } | SeasonKey;
};

/**
 * Signs the token's owner in and tracks what is asked, in an embedded
 * database a server opens afterwards: tracking has no page of its own
 * to drive in these tests, and only one process may open the database.
 */
export async function seedTracking(seed: TrackingSeed): Promise<void> {
  const open = await openDatabase({ kind: "pglite", dir: seed.pgliteDir });
  const client = createTmdbClient({
    baseUrl: seed.tmdbUrl,
    maxRps: 10,
    timeoutMs: 3000,
  });
  const keys = { current: seed.encryptionKey, previous: [] };
  try {
    const user = await signInWithToken(open.db, client, seed.token, keys);
    if (!user.ok) throw new Error("sign-in failed");
    const data = { userId: user.userId, ...seed.track };
    if ("seasonNumber" in data) {
      await open.db.trackedSeason.create({ data });
    } else {
      await open.db.trackedSeries.create({ data });
    }
  } finally {
    await open.close();
  }
}
