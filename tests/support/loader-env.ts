import { vi } from "vitest";

/**
 * Configures the production loader of this test file to fetch from the
 * fake TMDB server at `tmdbUrl` on every view, with the embedded
 * database's settings (tests hand it their own database). Call before the
 * loader first reads its configuration, which it then keeps.
 */
export function stubLoaderEnv(
  tmdbUrl: string,
  logLevel: "silent" | "error",
): void {
  vi.stubEnv("TMDB_API_URL", tmdbUrl);
  vi.stubEnv("TMDB_TOKEN", "");
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("CREDITS_MAX_AGE_SECONDS", "0");
  vi.stubEnv("LOG_LEVEL", logLevel);
  vi.stubEnv("NEXTAUTH_SECRET", "s".repeat(32));
  vi.stubEnv("TOKEN_ENCRYPTION_KEY", Buffer.alloc(32, 2).toString("base64"));
}
