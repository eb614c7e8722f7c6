import { randomBytes } from "node:crypto";
import type { DbClient } from "../db/types";
import type { TmdbClient } from "../tmdb/client";
import type { TmdbErrorKind } from "../tmdb/errors";
import {
  decryptToken,
  encryptToken,
  isUnderOldKey,
  type TokenKeys,
} from "./crypto";
import { readTmdbAccountId, tokenHint } from "./tmdb-account";

export type SignInFailure =
  /** TMDB refused the token. */
  | "rejected"
  /** TMDB accepted it, but it is not a v4 read access token. */
  | "not_read_access_token"
  /** TMDB could not be asked. */
  | "unavailable";

export type SignInResult =
  | { ok: true; userId: number; sessionVersion: number; created: boolean }
  | { ok: false; failure: SignInFailure };

const failureOf = (kind: TmdbErrorKind): SignInFailure =>
  kind === "unauthorized" ? "rejected" : "unavailable";

export const newFeedKey = () => randomBytes(24).toString("base64url");

/** Asks TMDB whether it accepts the token; then reads its account. */
async function verifyToken(
  tmdb: TmdbClient,
  token: string,
): Promise<
  { ok: true; accountId: string } | { ok: false; failure: SignInFailure }
> {
  const check = await tmdb.validateToken(token);
  if (!check.ok) return { ok: false, failure: failureOf(check.error.kind) };
  const accountId = readTmdbAccountId(token);
  if (!accountId) return { ok: false, failure: "not_read_access_token" };
  return { ok: true, accountId };
}

async function storeToken(
  db: DbClient,
  userId: number,
  token: string,
  keys: TokenKeys,
) {
  const stored = {
    ciphertext: encryptToken(token, keys),
    last4: tokenHint(token),
    invalidAt: null,
    updatedAt: new Date(),
  };
  await db.tmdbToken.upsert({
    where: { userId },
    create: { userId, ...stored },
    update: stored,
  });
}

/**
 * Signs in with a TMDB read access token: TMDB must accept it first; then
 * its account is the user's identity. A first sign-in creates the user; a
 * later one, with the same or a new token, stores that token.
 */
export async function signInWithToken(
  db: DbClient,
  tmdb: TmdbClient,
  token: string,
  keys: TokenKeys,
): Promise<SignInResult> {
  const verified = await verifyToken(tmdb, token);
  if (!verified.ok) return verified;

  const where = { tmdbAccountId: verified.accountId };
  const existing = await db.user.findUnique({ where, select: { id: true } });
  const user = await db.user.upsert({
    where,
    create: { ...where, feedKey: newFeedKey() },
    update: {},
    select: { id: true, sessionVersion: true },
  });
  await storeToken(db, user.id, token, keys);

  return {
    ok: true,
    userId: user.id,
    sessionVersion: user.sessionVersion,
    created: !existing,
  };
}

/**
 * Replaces a signed-in user's token with a new one for the same TMDB
 * account; a token of another account is refused ("other_account").
 */
export async function replaceToken(
  db: DbClient,
  tmdb: TmdbClient,
  userId: number,
  token: string,
  keys: TokenKeys,
): Promise<
  { ok: true } | { ok: false; failure: SignInFailure | "other_account" }
> {
  const verified = await verifyToken(tmdb, token);
  if (!verified.ok) return verified;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { tmdbAccountId: true },
  });
  if (user?.tmdbAccountId !== verified.accountId) {
    return { ok: false, failure: "other_account" };
  }

  await storeToken(db, userId, token, keys);
  return { ok: true };
}

export type SessionUser = {
  id: number;
  tmdbAccountId: string;
  token: { last4: string; invalid: boolean };
};

/**
 * The user a session belongs to, or null when the session was revoked:
 * the account is gone, its token was deleted, or every session issued
 * under `sessionVersion` was signed out.
 */
export async function findSessionUser(
  db: DbClient,
  userId: number,
  sessionVersion: number,
): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      tmdbAccountId: true,
      sessionVersion: true,
      token: { select: { last4: true, invalidAt: true } },
    },
  });
  if (!user?.token || user.sessionVersion !== sessionVersion) return null;

  return {
    id: user.id,
    tmdbAccountId: user.tmdbAccountId,
    token: { last4: user.token.last4, invalid: user.token.invalidAt !== null },
  };
}

/**
 * The user's TMDB token in plain text, for one call to TMDB; null when
 * there is none or TMDB rejected it. A token under an old key is
 * re-encrypted under the current one on the way.
 */
export async function readUserToken(
  db: DbClient,
  userId: number,
  keys: TokenKeys,
): Promise<string | null> {
  const row = await db.tmdbToken.findUnique({ where: { userId } });
  if (!row || row.invalidAt) return null;

  const token = decryptToken(row.ciphertext, keys);
  if (isUnderOldKey(row.ciphertext, keys)) {
    await db.tmdbToken.update({
      where: { userId },
      data: { ciphertext: encryptToken(token, keys) },
    });
  }
  return token;
}

/** Records that TMDB answered 401 to the user's token. Idempotent. */
export async function markTokenInvalid(db: DbClient, userId: number) {
  await db.tmdbToken.updateMany({
    where: { userId, invalidAt: null },
    data: { invalidAt: new Date() },
  });
}

/** Revokes every session of the user at its next request. */
export async function signOutEverywhere(db: DbClient, userId: number) {
  await db.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
  });
}

/** Deletes the token; without one, the user's sessions end too. */
export async function deleteToken(db: DbClient, userId: number) {
  await db.tmdbToken.deleteMany({ where: { userId } });
  await signOutEverywhere(db, userId);
}

/**
 * Deletes the account with its token and tracking. The public history it
 * fetched stays: it belongs to the seasons, not to the user.
 */
export async function deleteAccount(db: DbClient, userId: number) {
  await db.user.deleteMany({ where: { id: userId } });
}
