import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("configuration", () => {
  it("applies the documented defaults", () => {
    const env = parseEnv({});

    expect(env).toMatchObject({
      PORT: 3000,
      PGLITE_DIR: ".data/pglite",
      TMDB_API_URL: "https://api.themoviedb.org",
      CREDITS_MAX_AGE_SECONDS: 3600,
      TMDB_MAX_RPS: 40,
      DB_TIMEOUT_MS: 2000,
      SITE_URL: "http://localhost:3000",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.TMDB_TOKEN).toBeUndefined();
  });

  it("derives the site URL from the port", () => {
    expect(parseEnv({ PORT: "4100" }).SITE_URL).toBe("http://localhost:4100");
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ TMDB_TOKEN: "", DATABASE_URL: "" }).TMDB_TOKEN).toBe(
      undefined,
    );
  });

  it("names each wrong variable in its error", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "mysql://x", CREDITS_MAX_AGE_SECONDS: "-1" }),
    ).toThrow(/DATABASE_URL: must start with postgres.*\n.*CREDITS_MAX_AGE/s);
    expect(() => parseEnv({ TMDB_MAX_RPS: "fast" })).toThrow(/TMDB_MAX_RPS/);
    expect(() => parseEnv({ DB_TIMEOUT_MS: "0" })).toThrow(/DB_TIMEOUT_MS/);
  });
});
