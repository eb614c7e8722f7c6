import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
} from "node:crypto";

// A stored token is "<key id>.<iv>.<auth tag>.<ciphertext>" in base64url.
// The key id (a hash prefix of the key, never the key) says which key
// encrypted it, so a new key can be introduced while old tokens are still
// read, and re-encrypted under the new key.

export type TokenKeys = {
  /** Encrypts; base64 of 32 bytes. */
  current: string;
  /** Still decrypt, from earlier rotations. */
  previous: string[];
};

const algorithm = "aes-256-gcm";

function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 8);
}

function keyring(keys: TokenKeys): Map<string, Buffer> {
  return new Map(
    [keys.current, ...keys.previous].map((encoded) => {
      const key = Buffer.from(encoded, "base64");
      return [keyId(key), key] as const;
    }),
  );
}

/** Encrypts a token under the current key, with a fresh random IV. */
export function encryptToken(token: string, keys: TokenKeys): string {
  const key = Buffer.from(keys.current, "base64");
  const iv = randomBytes(12);
  const cipher = createCipheriv(algorithm, key, iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);

  return [keyId(key), iv, cipher.getAuthTag(), body]
    .map((part) =>
      typeof part === "string" ? part : part.toString("base64url"),
    )
    .join(".");
}

/**
 * Decrypts a stored token with whichever known key encrypted it. Throws
 * when the key is unknown or the ciphertext was tampered with.
 */
export function decryptToken(stored: string, keys: TokenKeys): string {
  const [id, iv, tag, body] = stored.split(".");
  const key = id ? keyring(keys).get(id) : undefined;
  if (!key || !iv || !tag || body === undefined) {
    throw new Error("stored token was encrypted with an unknown key");
  }

  const decipher = createDecipheriv(
    algorithm,
    key,
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

/** Whether a stored token was encrypted under an older key. */
export function isUnderOldKey(stored: string, keys: TokenKeys): boolean {
  return stored.split(".")[0] !== keyId(Buffer.from(keys.current, "base64"));
}
