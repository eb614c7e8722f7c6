import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Whether an Authorization header is `Bearer <secret>`. Compares digests
 * in constant time: they have one length whatever was sent, so the time
 * taken says nothing about how much of a guess was right.
 */
export function hasCronSecret(
  authorization: string | null,
  secret: string,
): boolean {
  const given = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
  const matches = timingSafeEqual(digest(given ?? ""), digest(secret));
  return given !== undefined && matches;
}
