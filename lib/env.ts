import { log } from "./log";
import { resolveSecrets } from "./secrets";
import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();

/** How long castlog waits for the database to answer, unless configured. */
export const defaultDbTimeoutMs = 2000;

// AES-256 needs 32 bytes: the key is given as base64 (openssl rand -base64 32).
const encryptionKey = z
  .string()
  .refine(
    (key) => Buffer.from(key, "base64").length === 32,
    "must be 32 bytes in base64 (openssl rand -base64 32)",
  );

const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  PORT: positiveInt.max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "must start with postgres:// or postgresql://",
    )
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  // How long PostgreSQL may stay silent (connecting, or with a statement
  // out) before it counts as unreachable; see lib/db/watched-client.ts.
  DB_TIMEOUT_MS: positiveInt.default(defaultDbTimeoutMs),
  TMDB_API_URL: z.url().default("https://api.themoviedb.org"),
  TMDB_TOKEN: z.string().min(1).optional(),
  CREDITS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(3600),
  // Memory for the proxy's copies of cached season pages (lib/page-cache);
  // 0 leaves them to Next's own cache.
  PAGE_CACHE_MB: z.coerce.number().min(0).default(64),
  TMDB_MAX_RPS: positiveInt.default(40),
  TMDB_TIMEOUT_MS: positiveInt.default(10_000),
  SITE_URL: z.url().optional(),
  LOG_LEVEL: z
    .enum(["debug", "info", "warn", "error", "silent"])
    .default("info"),
  // Signs session cookies. With the embedded database it may be left out:
  // lib/secrets.ts then keeps a generated one under .data/.
  NEXTAUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters")
    .optional(),
  // Encrypts users' TMDB tokens; older keys still decrypt (rotation).
  TOKEN_ENCRYPTION_KEY: encryptionKey.optional(),
  TOKEN_ENCRYPTION_OLD_KEYS: z
    .string()
    .transform((list) => list.split(",").map((key) => key.trim()))
    .pipe(z.array(encryptionKey))
    .default([]),
  // Trust X-Forwarded-For for the client address (behind a proxy only).
  TRUST_PROXY: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
  // Bearer secret of POST /api/cron/refresh; unset disables the endpoint.
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  // TMDB-bound actions per minute (page views that fetch, refreshes).
  RATE_LIMIT_USER_PER_MINUTE: positiveInt.default(60),
  RATE_LIMIT_IP_PER_MINUTE: positiveInt.default(30),
});

export type ParsedEnv = z.infer<typeof envSchema> & { SITE_URL: string };

/** The configuration with its secrets resolved (see lib/secrets.ts). */
export type Env = ParsedEnv & {
  NEXTAUTH_SECRET: string;
  TOKEN_ENCRYPTION_KEY: string;
};

/**
 * Parses the given variables (process.env by default). Empty strings count
 * as unset, so `FOO=` in a shell behaves like leaving FOO out. Throws one
 * error that names every wrong variable and what it should look like.
 */
export function parseEnv(
  source: Record<string, string | undefined> = process.env,
): ParsedEnv {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== ""),
  );
  const result = envSchema.safeParse(present);

  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }

  const env = result.data;
  return {
    ...env,
    SITE_URL: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(
      /\/$/,
      "",
    ),
  };
}

let cached: Env | undefined;

/**
 * The validated configuration of this process, parsed once, with its
 * secrets resolved. Throws when a secret required in production is missing.
 */
export function getEnv(): Env {
  if (cached) return cached;

  const resolved = resolveSecrets(parseEnv());
  cached = resolved.env;
  if (resolved.createdFile) {
    log.info(
      { file: resolved.createdFile },
      "created local secrets for the embedded database",
    );
  }
  return cached;
}
