import { describe, expect, it } from "vitest";
import {
  deleteAccount,
  deleteToken,
  findSessionUser,
  markTokenInvalid,
  readUserToken,
  signInWithToken,
  signOutEverywhere,
} from "@/lib/auth/accounts";
import { DEFAULT_TOKEN, makeToken } from "../fake-tmdb/token";
import { describeEachDatabase } from "../support/db";
import { setUpTmdbHarness } from "../support/tmdb-harness";

const accountB = "65f0ca57109fa4e7de0000bb";
const tokenB = makeToken(accountB);
const tokenBRenewed = makeToken(accountB, 1767225600.5);
const keys = {
  current: Buffer.alloc(32, 9).toString("base64"),
  previous: [],
};
const harness = setUpTmdbHarness({
  tokens: [DEFAULT_TOKEN, tokenB, tokenBRenewed],
});

describeEachDatabase("accounts", (getDb) => {
  const signIn = (token: string) =>
    signInWithToken(getDb(), harness().tmdb, token, keys);

  describe("signing in", () => {
    it("creates a user for a token TMDB accepts", async () => {
      const result = await signIn(DEFAULT_TOKEN);

      expect(result).toMatchObject({ ok: true, created: true });
      expect(await getDb().user.count()).toBe(1);
    });

    it("refuses a token TMDB rejects, creating nothing", async () => {
      const forged = makeToken("65f0ca57109fa4e7de0000ff");

      expect(await signIn(forged)).toEqual({ ok: false, failure: "rejected" });
      expect(await getDb().user.count()).toBe(1);
    });

    it("says when TMDB cannot be asked", async () => {
      harness().fake.addFault({ path: "/3/authentication", status: 503 });

      const result = await signIn(tokenB);
      harness().fake.clearFaults();

      expect(result).toEqual({ ok: false, failure: "unavailable" });
    });

    it("keeps one user per TMDB account and stores the newer token", async () => {
      const first = await signIn(tokenB);
      const second = await signIn(tokenBRenewed);

      expect(second).toMatchObject({ ok: true, created: false });
      expect(first.ok && second.ok && first.userId === second.userId).toBe(
        true,
      );
      const userId = second.ok ? second.userId : -1;
      expect(await readUserToken(getDb(), userId, keys)).toBe(tokenBRenewed);
    });

    it("never stores a token in plain text", async () => {
      const rows = await getDb().tmdbToken.findMany();
      const dump = JSON.stringify(rows);

      expect(rows).toHaveLength(2);
      for (const token of [DEFAULT_TOKEN, tokenB, tokenBRenewed]) {
        expect(dump).not.toContain(token);
        expect(dump).not.toContain(token.split(".")[1]);
        expect(dump).not.toContain(token.split(".")[2]);
      }
      expect(rows.map((r) => r.last4).sort()).toEqual(
        [DEFAULT_TOKEN.slice(-4), tokenBRenewed.slice(-4)].sort(),
      );
    });
  });

  describe("revoking sessions", () => {
    const session = async (token: string) => {
      const result = await signIn(token);
      if (!result.ok) throw new Error("sign-in failed");
      return result;
    };

    it("accepts a session issued under the current version", async () => {
      const s = await session(DEFAULT_TOKEN);

      expect(
        await findSessionUser(getDb(), s.userId, s.sessionVersion),
      ).toMatchObject({ token: { last4: DEFAULT_TOKEN.slice(-4) } });
    });

    it("ends every session on signing out everywhere", async () => {
      const s = await session(DEFAULT_TOKEN);

      await signOutEverywhere(getDb(), s.userId);

      expect(
        await findSessionUser(getDb(), s.userId, s.sessionVersion),
      ).toBeNull();
    });

    it("ends every session when the token is deleted", async () => {
      const s = await session(DEFAULT_TOKEN);

      await deleteToken(getDb(), s.userId);

      expect(
        await findSessionUser(getDb(), s.userId, s.sessionVersion),
      ).toBeNull();
      expect(await readUserToken(getDb(), s.userId, keys)).toBeNull();
    });

    it("ends every session when the account is deleted, keeping history", async () => {
      const s = await session(DEFAULT_TOKEN);
      await harness().refresh(getDb(), {
        seriesId: 93405,
        seasonNumber: 2,
        language: "en-US",
      });

      await deleteAccount(getDb(), s.userId);

      expect(
        await findSessionUser(getDb(), s.userId, s.sessionVersion),
      ).toBeNull();
      expect(await getDb().snapshot.count()).toBe(1);
    });
  });

  describe("a token TMDB stops accepting", () => {
    it("is kept but no longer used, and the user is told", async () => {
      const s = await signIn(tokenB);
      if (!s.ok) throw new Error("sign-in failed");

      await markTokenInvalid(getDb(), s.userId);

      expect(await readUserToken(getDb(), s.userId, keys)).toBeNull();
      expect(
        await findSessionUser(getDb(), s.userId, s.sessionVersion),
      ).toMatchObject({ token: { invalid: true } });
    });
  });

  describe("rotating the encryption key", () => {
    it("reads a token under the old key and re-encrypts it", async () => {
      const s = await signIn(tokenB);
      if (!s.ok) throw new Error("sign-in failed");
      const rotated = {
        current: Buffer.alloc(32, 10).toString("base64"),
        previous: [keys.current],
      };
      const before = await getDb().tmdbToken.findUnique({
        where: { userId: s.userId },
      });

      expect(await readUserToken(getDb(), s.userId, rotated)).toBe(tokenB);
      const after = await getDb().tmdbToken.findUnique({
        where: { userId: s.userId },
      });

      expect(after?.ciphertext).not.toBe(before?.ciphertext);
      expect(
        await readUserToken(getDb(), s.userId, {
          current: rotated.current,
          previous: [],
        }),
      ).toBe(tokenB);
    });
  });
});
