"use server";

import { redirect } from "next/navigation";
import { signInWithToken } from "@/lib/auth/accounts";
import { tokenKeys } from "@/lib/auth/keys";
import { tmdbTokenSchema } from "@/lib/auth/options";
import { startSession } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { countSignInAttempt } from "@/lib/limits/requests";
import { log } from "@/lib/log";
import { getTmdbClient } from "@/lib/tmdb";
import { safeNextPath } from "./next-path";

/**
 * Signs in with the submitted TMDB token. Server actions only accept
 * requests from the site's own origin, which keeps this form from being
 * posted by other sites.
 */
export async function signInAction(formData: FormData): Promise<void> {
  const next = safeNextPath(formData.get("next"));
  const token = tmdbTokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect(`/signin?error=malformed&next=${next}`);
  const allowance = await countSignInAttempt();
  if (!allowance.allowed) redirect(`/signin?error=rate_limited&next=${next}`);

  const result = await signInWithToken(
    await getDb(),
    getTmdbClient(),
    token.data,
    tokenKeys(),
  );
  if (!result.ok) {
    log.info({ failure: result.failure }, "sign-in refused");
    redirect(`/signin?error=${result.failure}&next=${next}`);
  }

  log.info({ userId: result.userId, created: result.created }, "signed in");
  await startSession({ uid: result.userId, sv: result.sessionVersion });
  redirect(next);
}
