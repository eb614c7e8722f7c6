import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/accounts";
import { setDbForTests } from "@/lib/db";
import type { OpenDatabase } from "@/lib/db/open";
import { DEFAULT_TOKEN } from "../fake-tmdb/token";
import { createTestDatabase } from "../support/db";
import { withinOneMinute } from "../support/request-times";
import { writeSmallSeries } from "../support/small-series";
import { startTmdbHarness, type TmdbHarness } from "../support/tmdb-harness";

// The loader reads the process configuration once, so this file sets it
// before the first call and puts it back afterwards.
const series = { id: 900704, name: "Refreshed Too Often" };
const season = (seasonNumber: number) => ({
  seriesId: series.id,
  seasonNumber,
  language: "en-US",
});
const saved = { ...process.env };
let harness: TmdbHarness;
let open: OpenDatabase;
let viewer: SessionUser;
let tracking: typeof import("@/lib/tracking/with-token");
let refreshAll: typeof import("@/lib/tracking/refresh-all");

beforeAll(async () => {
  harness = await startTmdbHarness();
  writeSmallSeries(harness.fixtures, series, [1, 2, 3]);
  Object.assign(process.env, {
    TMDB_API_URL: harness.fake.url,
    TMDB_TOKEN: "",
    DATABASE_URL: "",
    CREDITS_MAX_AGE_SECONDS: "3600",
    NEXTAUTH_SECRET: "s".repeat(32),
    TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    RATE_LIMIT_USER_PER_MINUTE: "2",
    LOG_LEVEL: "silent",
  });
  open = await createTestDatabase("pglite");
  setDbForTests(open);
  tracking = await import("@/lib/tracking/with-token");
  refreshAll = await import("@/lib/tracking/refresh-all");

  const { signInWithToken, findSessionUser } =
    await import("@/lib/auth/accounts");
  const { tokenKeys } = await import("@/lib/auth/keys");
  const { trackSeason } = await import("@/lib/tracking/tracks");
  const user = await signInWithToken(
    open.db,
    harness.tmdb,
    DEFAULT_TOKEN,
    tokenKeys(),
  );
  if (!user.ok) throw new Error("sign-in failed");
  viewer = (await findSessionUser(open.db, user.userId, user.sessionVersion))!;
  for (const n of [1, 2, 3]) await trackSeason(open.db, viewer.id, season(n));
  await withinOneMinute(20_000);
});

afterAll(async () => {
  process.env = saved;
  await open?.close();
  await harness?.close();
});

const creditFetches = (n: number) =>
  harness.fake.requestCounts().byPath[
    `/3/tv/${series.id}/season/${n}/aggregate_credits`
  ] ?? 0;

describe("refreshing tracked seasons under the user's rate limit", () => {
  it("refuses the refresh after the minute's last, without asking TMDB", async () => {
    const first = await tracking.refreshFollowedSeason(viewer, season(1));
    const second = await tracking.refreshFollowedSeason(viewer, season(2));
    const third = await tracking.refreshFollowedSeason(viewer, season(3));

    expect([first, second]).toEqual([{ ok: true }, { ok: true }]);
    expect(third).toEqual({ ok: false, failure: "rate_limited" });
    expect(creditFetches(3)).toBe(0);
  });

  it("stops refreshing everything once the minute's fetches run out", async () => {
    const tally = await refreshAll.refreshAllFollowed(viewer);

    expect(tally).toMatchObject({ refreshed: 0, stoppedBy: "rate_limited" });
    expect([1, 2, 3].map(creditFetches)).toEqual([1, 1, 0]);
  });
});
