"use server";

import { redirect } from "next/navigation";
import {
  deleteAccount,
  deleteToken,
  replaceToken,
  signOutEverywhere,
} from "@/lib/auth/accounts";
import { tokenKeys } from "@/lib/auth/keys";
import { tmdbTokenSchema } from "@/lib/auth/options";
import { endSession, requireViewer } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { log } from "@/lib/log";
import { getTmdbClient } from "@/lib/tmdb";

// Each action acts only on the signed-in user's own account: the user id
// comes from the session, never from the form.

export async function replaceTokenAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer("/settings");
  const token = tmdbTokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect("/settings?error=malformed");

  const result = await replaceToken(
    await getDb(),
    getTmdbClient(),
    viewer.id,
    token.data,
    tokenKeys(),
  );
  if (!result.ok) redirect(`/settings?error=${result.failure}`);
  log.info({ userId: viewer.id }, "token replaced");
  redirect("/settings?done=replaced");
}

export async function deleteTokenAction(): Promise<void> {
  const viewer = await requireViewer("/settings");
  await deleteToken(await getDb(), viewer.id);
  await endSession();
  log.info({ userId: viewer.id }, "token deleted");
  redirect("/signin");
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await requireViewer("/settings");
  await signOutEverywhere(await getDb(), viewer.id);
  await endSession();
  log.info({ userId: viewer.id }, "signed out everywhere");
  redirect("/signin");
}

export async function deleteAccountAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer("/settings");
  if (formData.get("confirm") !== "yes") {
    redirect("/settings?error=unconfirmed");
  }

  await deleteAccount(await getDb(), viewer.id);
  await endSession();
  log.info({ userId: viewer.id }, "account deleted");
  redirect("/");
}
