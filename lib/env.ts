import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();

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
  TMDB_API_URL: z.url().default("https://api.themoviedb.org"),
  TMDB_TOKEN: z.string().min(1).optional(),
  CREDITS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(3600),
  TMDB_MAX_RPS: positiveInt.default(40),
  TMDB_TIMEOUT_MS: positiveInt.default(10_000),
  SITE_URL: z.url().optional(),
  LOG_LEVEL: z
    .enum(["debug", "info", "warn", "error", "silent"])
    .default("info"),
});

export type Env = z.infer<typeof envSchema> & { SITE_URL: string };

/**
 * Parses the given variables (process.env by default). Empty strings count
 * as unset, so `FOO=` in a shell behaves like leaving FOO out. Throws one
 * error that names every wrong variable and what it should look like.
 */
export function parseEnv(
  source: Record<string, string | undefined> = process.env,
): Env {
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

/** The validated configuration of this process, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
