import { describe, expect, it } from "vitest";
import { describeIssue } from "./params";
import { diffQuerySchema, parsePageRange } from "./history-params";

describe("the diff API's query", () => {
  const issue = (query: Record<string, string>) => {
    const parsed = diffQuerySchema.safeParse(query);
    return parsed.success ? null : describeIssue(parsed.error);
  };

  it("defaults to the latest change in en-US as JSON", () => {
    expect(diffQuerySchema.parse({})).toEqual({ language: "en-US" });
  });

  it("names a malformed from, to or format", () => {
    expect(issue({ from: "yesterday" })?.parameter).toBe("from");
    expect(issue({ to: "2026-02-30" })?.parameter).toBe("to");
    expect(issue({ format: "xml" })).toEqual({
      parameter: "format",
      message: "format must be json or csv",
    });
  });

  it("names from when it comes after to", () => {
    expect(issue({ from: "2026-12-04", to: "2026-12-03" })).toEqual({
      parameter: "from",
      message: "from must not be after to",
    });
    expect(issue({ from: "2026-12-03", to: "2026-12-03" })).toBeNull();
  });
});

describe("a page's from and to", () => {
  it("reads dates and date-times", () => {
    expect(
      parsePageRange({ from: "2026-12-01", to: "2026-12-04T10:00:00Z" }),
    ).toEqual({
      from: new Date("2026-12-01T23:59:59.999Z"),
      to: new Date("2026-12-04T10:00:00Z"),
      ignored: [],
    });
  });

  it("treats an empty value as the default", () => {
    expect(parsePageRange({ from: "", to: "" })).toEqual({ ignored: [] });
  });

  it("ignores and names a malformed or repeated value", () => {
    const range = parsePageRange({ from: "soon", to: ["2026-12-01", "x"] });

    expect(range.from).toBeUndefined();
    expect(range.to).toBeUndefined();
    expect(range.ignored.map((i) => i.parameter)).toEqual(["from", "to"]);
  });

  it("ignores both when from comes after to", () => {
    expect(parsePageRange({ from: "2026-12-04", to: "2026-12-01" })).toEqual({
      ignored: [{ parameter: "from", reason: "comes after to" }],
    });
  });
});
