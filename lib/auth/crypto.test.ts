import { describe, expect, it } from "vitest";
import { decryptToken, encryptToken, isUnderOldKey } from "./crypto";

const oldKey = Buffer.alloc(32, 1).toString("base64");
const newKey = Buffer.alloc(32, 2).toString("base64");
const token = "eyJhbGciOiJIUzI1NiJ9.secret-part.signature";

describe("token encryption", () => {
  it("round-trips a token without storing it in plain text", () => {
    const keys = { current: newKey, previous: [] };

    const stored = encryptToken(token, keys);

    expect(stored).not.toContain("secret-part");
    expect(stored).not.toContain(newKey);
    expect(decryptToken(stored, keys)).toBe(token);
  });

  it("uses a fresh IV every time", () => {
    const keys = { current: newKey, previous: [] };

    expect(encryptToken(token, keys)).not.toBe(encryptToken(token, keys));
  });

  it("still reads tokens under a previous key after rotation", () => {
    const stored = encryptToken(token, { current: oldKey, previous: [] });
    const rotated = { current: newKey, previous: [oldKey] };

    expect(isUnderOldKey(stored, rotated)).toBe(true);
    expect(decryptToken(stored, rotated)).toBe(token);
    expect(isUnderOldKey(encryptToken(token, rotated), rotated)).toBe(false);
  });

  it("refuses a token under a key it no longer knows", () => {
    const stored = encryptToken(token, { current: oldKey, previous: [] });

    expect(() =>
      decryptToken(stored, { current: newKey, previous: [] }),
    ).toThrow(/unknown key/);
  });

  it("refuses a tampered ciphertext", () => {
    const keys = { current: newKey, previous: [] };
    const [id, iv, tag, body] = encryptToken(token, keys).split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;

    expect(() =>
      decryptToken(
        [id, iv, tag, flipped.toString("base64url")].join("."),
        keys,
      ),
    ).toThrow();
  });
});
