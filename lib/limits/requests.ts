import "server-only";
import { headers } from "next/headers";
import { getDb } from "../db";
import { getEnv } from "../env";
import { log } from "../log";
import { clientAddress } from "./client-address";
import { consumeRateLimit, type RateLimitDecision } from "./rate-limit";

export type { RateLimitDecision } from "./rate-limit";

/** The address this request counts against (see client-address.ts). */
async function requestAddress(): Promise<string> {
  return clientAddress(await headers(), getEnv().TRUST_PROXY);
}

type Allowance = {
  action: "tmdb" | "signin";
  /** Whom it counts against; only the kind is ever logged. */
  subject: { user: number } | { address: string };
  limit: number;
};

async function consume(allowance: Allowance): Promise<RateLimitDecision> {
  const { action, subject, limit } = allowance;
  const key =
    "user" in subject
      ? `${action}:user:${subject.user}`
      : `${action}:ip:${subject.address}`;

  const decision = await consumeRateLimit(await getDb(), { key, limit });
  if (!decision.allowed) {
    const counted = "user" in subject ? "user" : "address";
    log.info({ action, counted }, "rate limited");
  }
  return decision;
}

/**
 * Counts one action that reaches TMDB (a page view that fetches, a
 * refresh) against the signed-in viewer's allowance, or else against
 * the request's address. Reads the request's headers.
 */
export async function countTmdbAction(
  viewer: { id: number } | null,
): Promise<RateLimitDecision> {
  const env = getEnv();
  if (viewer) {
    const subject = { user: viewer.id };
    return consume({
      action: "tmdb",
      subject,
      limit: env.RATE_LIMIT_USER_PER_MINUTE,
    });
  }

  const subject = { address: await requestAddress() };
  return consume({
    action: "tmdb",
    subject,
    limit: env.RATE_LIMIT_IP_PER_MINUTE,
  });
}

/**
 * Counts one sign-in attempt (each asks TMDB to check a token) against
 * the request's address. Kept apart from page views, so that browsing
 * never locks anyone out of signing in.
 */
export async function countSignInAttempt(): Promise<RateLimitDecision> {
  return consume({
    action: "signin",
    subject: { address: await requestAddress() },
    limit: getEnv().RATE_LIMIT_IP_PER_MINUTE,
  });
}
