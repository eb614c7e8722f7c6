import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { resolveSecrets } from "./secrets";

describe("resolving secrets", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "castlog-secrets-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const embedded = () => parseEnv({ PGLITE_DIR: path.join(dir, "pglite") });

  it("generates them once beside the embedded database, readable by the owner only", () => {
    const first = resolveSecrets(embedded());
    const second = resolveSecrets(embedded());
    const file = path.join(dir, "secrets.json");

    expect(first.createdFile).toBe(file);
    expect(second.createdFile).toBeNull();
    expect(second.env.NEXTAUTH_SECRET).toBe(first.env.NEXTAUTH_SECRET);
    expect(second.env.TOKEN_ENCRYPTION_KEY).toBe(
      first.env.TOKEN_ENCRYPTION_KEY,
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8"))).toHaveProperty(
      "NEXTAUTH_SECRET",
    );
  });

  it("uses the environment's secrets as they are", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const env = parseEnv({
      NEXTAUTH_SECRET: "s".repeat(32),
      TOKEN_ENCRYPTION_KEY: key,
    });

    const resolved = resolveSecrets(env);

    expect(resolved.createdFile).toBeNull();
    expect(resolved.env.TOKEN_ENCRYPTION_KEY).toBe(key);
  });

  it("requires them in production with PostgreSQL, naming each", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://localhost/x",
      NEXTAUTH_SECRET: "s".repeat(32),
    });

    expect(() => resolveSecrets(env)).toThrow(
      /TOKEN_ENCRYPTION_KEY: is required in production/,
    );
  });

  it("rejects an encryption key of the wrong length", () => {
    expect(() => parseEnv({ TOKEN_ENCRYPTION_KEY: "c2hvcnQ=" })).toThrow(
      /TOKEN_ENCRYPTION_KEY: must be 32 bytes/,
    );
  });
});
