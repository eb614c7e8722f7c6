import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../db";
import { getEnv } from "../env";
import { countSignInAttempt } from "../limits/requests";
import { getTmdbClient } from "../tmdb";
import { signInWithToken } from "./accounts";
import { tokenKeys } from "./keys";

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

/** What a session's JWT holds: who, and under which session version. */
export const sessionClaimsSchema = z.object({
  uid: z.number().int().positive(),
  sv: z.number().int().min(0),
});
export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export const tmdbTokenSchema = z
  .string()
  .trim()
  .min(20, "That does not look like a TMDB read access token.")
  .max(4096, "That does not look like a TMDB read access token.");

/** Cookies are Secure (and prefixed) when the site is served over https. */
export const hasSecureCookies = () => getEnv().SITE_URL.startsWith("https:");

export const sessionCookieName = () =>
  `${hasSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;

/**
 * next-auth's configuration: JWT sessions (Credentials sign-in allows no
 * other kind) holding only the user id and session version, never the
 * TMDB token; revocation is checked on every request by getViewer.
 */
export function getAuthOptions(): AuthOptions {
  const env = getEnv();

  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    useSecureCookies: hasSecureCookies(),
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        id: "tmdb-token",
        name: "TMDB API Read Access Token",
        credentials: { token: { label: "Token", type: "password" } },
        async authorize(credentials) {
          const token = tmdbTokenSchema.safeParse(credentials?.token);
          if (!token.success) return null;
          // Shares the sign-in page's allowance: each attempt asks TMDB.
          if (!(await countSignInAttempt()).allowed) return null;
          const result = await signInWithToken(
            await getDb(),
            getTmdbClient(),
            token.data,
            tokenKeys(),
          );
          if (!result.ok) return null;
          return {
            id: String(result.userId),
            uid: result.userId,
            sv: result.sessionVersion,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        const claims = sessionClaimsSchema.safeParse(user);
        return claims.success ? { ...token, ...claims.data } : token;
      },
      session({ session, token }) {
        const claims = sessionClaimsSchema.safeParse(token);
        return claims.success ? { ...session, ...claims.data } : session;
      },
    },
  };
}
