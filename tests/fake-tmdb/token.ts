import { createHash, createHmac } from "node:crypto";

// TMDB's "API Read Access Token" is a JWT whose payload names the v3 API
// key (aud) and the account (sub). The fake server only checks that a
// token is in its accepted list, so the signature merely has to be stable.

/** A TMDB-style account id: 24 hex characters, like a MongoDB ObjectId. */
export const DEFAULT_ACCOUNT_ID = "65f0ca57109fa4e7de000001";

// 2024-01-01T00:00:00Z with a fraction, as TMDB writes `nbf`.
const notBefore = 1704067200.125;

const signingKey = "castlog fake TMDB: not a secret";

function encodeBase64Url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

function apiKeyFor(accountId: string): string {
  return createHash("sha256")
    .update(`api key of ${accountId}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * Builds a read access token for the account. Deterministic: the same
 * account id always gives the same token, unless `issuedAt` (seconds, as
 * `nbf`) differs, which gives a new token for the same account, as
 * regenerating it on TMDB does.
 */
export function makeToken(accountId: string, issuedAt = notBefore): string {
  if (!/^[0-9a-f]{24}$/.test(accountId)) {
    throw new RangeError("accountId must be 24 lowercase hex characters");
  }

  const header = encodeBase64Url(JSON.stringify({ alg: "HS256" }));
  const payload = encodeBase64Url(
    JSON.stringify({
      aud: apiKeyFor(accountId),
      nbf: issuedAt,
      sub: accountId,
      scopes: ["api_read"],
      version: 1,
    }),
  );
  const signature = createHmac("sha256", signingKey)
    .update(`${header}.${payload}`)
    .digest("base64url");

  return `${header}.${payload}.${signature}`;
}

export const DEFAULT_TOKEN = makeToken(DEFAULT_ACCOUNT_ID);
