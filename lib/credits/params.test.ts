import { describe, expect, it } from "vitest";
import {
  asOfSchema,
  languageSchema,
  seasonNumberSchema,
  seasonQuerySchema,
  seriesSegmentSchema,
} from "./params";

describe("season parameters", () => {
  it("reads a bare series id and the id-slug form", () => {
    expect(seriesSegmentSchema.parse("93405")).toEqual({ id: 93405, slug: "" });
    expect(seriesSegmentSchema.parse("93405-squid-game")).toEqual({
      id: 93405,
      slug: "squid-game",
    });
  });

  it("rejects malformed series segments", () => {
    for (const bad of ["", "0", "-1", "93405-", "abc", "93405-Squid", "1e3"]) {
      expect(seriesSegmentSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(seriesSegmentSchema.safeParse("99999999999").success).toBe(false);
  });

  it("accepts season 0 and rejects other forms", () => {
    expect(seasonNumberSchema.parse("0")).toBe(0);
    expect(seasonNumberSchema.parse("12")).toBe(12);
    for (const bad of ["01", "-1", "1.5", "x", "99999"]) {
      expect(seasonNumberSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("defaults the language to en-US and accepts TMDB's forms", () => {
    expect(languageSchema.parse(undefined)).toBe("en-US");
    expect(languageSchema.parse("fr")).toBe("fr");
    expect(languageSchema.parse("fr-FR")).toBe("fr-FR");
    for (const bad of ["FR", "fr_FR", "fr-fr", "french", "f"]) {
      expect(languageSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("reads as_of as a moment with offset or the end of a day in UTC", () => {
    expect(asOfSchema.parse("2026-01-02T03:04:05+02:00").toISOString()).toBe(
      "2026-01-02T01:04:05.000Z",
    );
    expect(asOfSchema.parse("2026-01-02").toISOString()).toBe(
      "2026-01-02T23:59:59.999Z",
    );
    for (const bad of ["2026-01-02T03:04:05", "yesterday", "2026-13-01"]) {
      expect(asOfSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("refuses a repeated query parameter", () => {
    const result = seasonQuerySchema.safeParse({ language: ["fr", "de"] });

    expect(result.success).toBe(false);
  });
});
