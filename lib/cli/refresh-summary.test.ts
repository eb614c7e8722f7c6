import { describe, expect, it } from "vitest";
import { formatSummary } from "./refresh-summary";

describe("the refresh summary", () => {
  it("lists every figure, failures by kind, and rejected tokens", () => {
    const text = formatSummary({
      series: { total: 2, refreshed: 1, failed: { not_found: 1 } },
      seasons: {
        total: 60,
        refreshed: 57,
        changed: 3,
        unchanged: 54,
        failed: { unavailable: 2, no_token: 1 },
      },
      rejectedTokens: 1,
      tmdbRequests: 63,
      durationMs: 6300,
    });

    expect(text.split("\n")).toEqual([
      "Refresh finished in 6.3 s",
      "  seasons refreshed  57 of 60",
      "    changed          3",
      "    unchanged        54",
      "    failed           3 (TMDB unavailable 2, no usable token 1)",
      "  series details     1 of 2",
      "    failed           1 (not on TMDB 1)",
      "  TMDB requests      63 (10.0/s)",
      "  tokens rejected    1 (marked invalid; their users must replace them)",
    ]);
  });
});
