import { z } from "zod";

// A TMDB v4 read access token is a JWT; its `sub` claim is the account id.
// castlog never verifies the signature (it cannot: TMDB signs it): it asks
// TMDB first, and reads the claim only from a token TMDB accepted.
const payloadSchema = z.object({
  sub: z.string().regex(/^[0-9a-zA-Z]{1,64}$/),
});

/** The TMDB account id in a read access token, or null if it has none. */
export function readTmdbAccountId(token: string): string | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;

  try {
    const json: unknown = JSON.parse(
      Buffer.from(parts[1]!, "base64url").toString("utf8"),
    );
    const payload = payloadSchema.safeParse(json);
    return payload.success ? payload.data.sub : null;
  } catch {
    return null;
  }
}

/** The last four characters, which settings show; never more. */
export const tokenHint = (token: string) => token.slice(-4);
