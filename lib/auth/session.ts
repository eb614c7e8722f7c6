import "server-only";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { getEnv } from "../env";
import {
  findSessionUser,
  readUserToken,
  markTokenInvalid,
  type SessionUser,
} from "./accounts";
import { tokenKeys } from "./keys";
import {
  getAuthOptions,
  sessionClaimsSchema,
  sessionCookieName,
  sessionMaxAgeSeconds,
  hasSecureCookies,
  type SessionClaims,
} from "./options";

/**
 * The signed-in user of this request, or null: no session, or one that was
 * revoked (checked against the database on every call). Reads cookies, so
 * a page calling it is rendered per viewer and must not be shared.
 */
export async function getViewer(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const claims = sessionClaimsSchema.safeParse(session);
  if (!claims.success) return null;

  return findSessionUser(await getDb(), claims.data.uid, claims.data.sv);
}

/** Sets the session cookie, as next-auth's own sign-in would. */
export async function startSession(claims: SessionClaims): Promise<void> {
  const jwt = await encode({
    token: { sub: String(claims.uid), ...claims },
    secret: getEnv().NEXTAUTH_SECRET,
    maxAge: sessionMaxAgeSeconds,
  });
  (await cookies()).set(sessionCookieName(), jwt, {
    httpOnly: true,
    sameSite: "lax",
    secure: hasSecureCookies(),
    path: "/",
    maxAge: sessionMaxAgeSeconds,
  });
}

/** Removes this browser's session cookie. */
export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}

/**
 * The viewer's TMDB token for one TMDB call, with what to do if TMDB
 * rejects it (mark it invalid, so the user is asked for a new one).
 */
export async function viewerTmdbToken(viewer: SessionUser | null): Promise<{
  token: string;
  onRejected: () => Promise<void>;
} | null> {
  if (!viewer || viewer.token.invalid) return null;
  const db = await getDb();
  const token = await readUserToken(db, viewer.id, tokenKeys());
  if (!token) return null;

  return { token, onRejected: () => markTokenInvalid(db, viewer.id) };
}

/**
 * The signed-in user, or a redirect to the sign-in page that comes back to
 * `returnTo` afterwards.
 */
export async function requireViewer(returnTo: string): Promise<SessionUser> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}
