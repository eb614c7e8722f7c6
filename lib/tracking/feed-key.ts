import { newFeedKey } from "../auth/accounts";
import type { DbClient } from "../db/types";

/** A feed key as newFeedKey makes them: 24 random bytes in base64url. */
export const feedKeyPattern = /^[A-Za-z0-9_-]{32}$/;

/** The user whose private feed the key opens, or null. */
export async function findFeedOwner(
  db: DbClient,
  feedKey: string,
): Promise<{ id: number; createdAt: Date } | null> {
  if (!feedKeyPattern.test(feedKey)) return null;
  return db.user.findUnique({
    where: { feedKey },
    select: { id: true, createdAt: true },
  });
}

/** The user's current feed key, or null when the user is gone. */
export async function readFeedKey(
  db: DbClient,
  userId: number,
): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { feedKey: true },
  });
  return user?.feedKey ?? null;
}

/** Gives the user a new feed key; the old address stops working at once. */
export async function regenerateFeedKey(
  db: DbClient,
  userId: number,
): Promise<string> {
  const feedKey = newFeedKey();
  await db.user.update({ where: { id: userId }, data: { feedKey } });
  return feedKey;
}
