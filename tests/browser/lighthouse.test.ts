import { describe, expect, inject, it } from "vitest";
import { auditPage } from "../audit/lighthouse";
import { auditedSeasonPath } from "../audit/season-page";

describe("Lighthouse on the season page", () => {
  it(
    "scores 100 for SEO and for accessibility",
    { timeout: 180_000 },
    async () => {
      const { scores, failed } = await auditPage(
        `${inject("siteUrl")}${auditedSeasonPath}`,
      );
      const failedHere = failed.filter(
        (audit) =>
          audit.category === "seo" || audit.category === "accessibility",
      );

      // The failed audits first, so that a drop says what to fix.
      expect(failedHere).toEqual([]);
      expect(scores.seo).toBe(100);
      expect(scores.accessibility).toBe(100);
    },
  );
});
