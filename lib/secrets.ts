import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Env, ParsedEnv } from "./env";

const localSecretsSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(32),
  TOKEN_ENCRYPTION_KEY: z.string().min(40),
});

/** Where the embedded setup keeps its generated secrets. */
export function localSecretsFile(env: ParsedEnv): string {
  return path.join(path.dirname(path.resolve(env.PGLITE_DIR)), "secrets.json");
}

function readOrCreate(file: string): {
  secrets: z.infer<typeof localSecretsSchema>;
  created: boolean;
} {
  if (existsSync(file)) {
    const parsed = localSecretsSchema.safeParse(
      JSON.parse(readFileSync(file, "utf8")),
    );
    if (parsed.success) return { secrets: parsed.data, created: false };
    throw new Error(`${file} is not a valid castlog secrets file`);
  }

  const secrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  // "wx": never overwrite a file another process wrote meanwhile.
  writeFileSync(file, JSON.stringify(secrets, null, 2), {
    mode: 0o600,
    flag: "wx",
  });
  return { secrets, created: true };
}

/**
 * Fills in the session secret and the token encryption key. Set in the
 * environment, they are used as they are. Missing with PostgreSQL in
 * production, they are an error: a deployment must manage them. Missing
 * otherwise (the embedded database, or development), they are read from,
 * or generated once into, a file beside the embedded database, so that
 * `npm install && npm start` works with no setup.
 */
export function resolveSecrets(env: ParsedEnv): {
  env: Env;
  createdFile: string | null;
} {
  const { NEXTAUTH_SECRET, TOKEN_ENCRYPTION_KEY } = env;
  if (NEXTAUTH_SECRET && TOKEN_ENCRYPTION_KEY) {
    return {
      env: { ...env, NEXTAUTH_SECRET, TOKEN_ENCRYPTION_KEY },
      createdFile: null,
    };
  }

  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    const missing = ["NEXTAUTH_SECRET", "TOKEN_ENCRYPTION_KEY"]
      .filter((name) => !env[name as keyof ParsedEnv])
      .map((name) => `  ${name}: is required in production`);
    throw new Error(
      `Invalid environment configuration:\n${missing.join("\n")}`,
    );
  }

  const file = localSecretsFile(env);
  const { secrets, created } = readOrCreate(file);
  return {
    env: {
      ...env,
      NEXTAUTH_SECRET: NEXTAUTH_SECRET ?? secrets.NEXTAUTH_SECRET,
      TOKEN_ENCRYPTION_KEY:
        TOKEN_ENCRYPTION_KEY ?? secrets.TOKEN_ENCRYPTION_KEY,
    },
    createdFile: created ? file : null,
  };
}
