import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_ACCOUNT_ID, DEFAULT_TOKEN, makeToken } from "./token";

function decodePart(part: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(part ?? "", "base64url").toString("utf8"));
}

describe("the fake TMDB tokens", () => {
  it("are JWTs shaped like TMDB's API read access tokens", () => {
    const parts = DEFAULT_TOKEN.split(".");

    expect(parts).toHaveLength(3);
    expect(parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))).toBe(true);
    expect(decodePart(parts[0])).toEqual({ alg: "HS256" });
    expect(decodePart(parts[1])).toEqual({
      aud: expect.stringMatching(/^[0-9a-f]{32}$/),
      nbf: expect.any(Number),
      sub: DEFAULT_ACCOUNT_ID,
      scopes: ["api_read"],
      version: 1,
    });
  });

  it("name an account id of 24 hex digits", () => {
    expect(DEFAULT_ACCOUNT_ID).toMatch(/^[0-9a-f]{24}$/);
  });

  it("are the same for the same account and differ between accounts", () => {
    const other = "0123456789abcdef01234567";

    expect(makeToken(DEFAULT_ACCOUNT_ID)).toBe(DEFAULT_TOKEN);
    expect(makeToken(other)).not.toBe(DEFAULT_TOKEN);
    expect(decodePart(makeToken(other).split(".")[1]).sub).toBe(other);
  });

  it("refuse an account id that TMDB would not issue", () => {
    expect(() => makeToken("not-hex")).toThrow(RangeError);
  });

  it("are documented in full in the README", () => {
    const readme = readFileSync(
      new URL("./README.md", import.meta.url),
      "utf8",
    );

    expect(readme).toContain(DEFAULT_TOKEN);
    expect(readme).toContain(DEFAULT_ACCOUNT_ID);
  });
});
