import { describe, expect, it } from "vitest";
import {
  buildContentSecurityPolicy,
  buildSecurityHeaders,
} from "./security-headers.mjs";

function headerOf(
  options: Parameters<typeof buildSecurityHeaders>[0],
  key: string,
) {
  return buildSecurityHeaders(options).find((h) => h.key === key)?.value;
}

const hsts = "Strict-Transport-Security";
const csp = "Content-Security-Policy";

describe("buildSecurityHeaders", () => {
  it("pins https with HSTS for a production site served over https", () => {
    const options = { siteUrl: "https://castlog.example", production: true };

    expect(headerOf(options, hsts)).toMatch(/^max-age=31536000/);
    expect(headerOf(options, csp)).toContain("upgrade-insecure-requests");
  });

  it("sends no HSTS and upgrades nothing when the site is plain http", () => {
    const options = { siteUrl: "http://localhost:3000", production: true };

    expect(headerOf(options, hsts)).toBeUndefined();
    expect(headerOf(options, csp)).not.toContain("upgrade-insecure-requests");
  });

  it("sends no HSTS without a SITE_URL or outside production", () => {
    expect(
      headerOf({ siteUrl: undefined, production: true }, hsts),
    ).toBeUndefined();
    expect(
      headerOf({ siteUrl: "https://castlog.example", production: false }, hsts),
    ).toBeUndefined();
  });

  it("allows eval only in development, where React needs it", () => {
    const production = { siteUrl: undefined, production: true };
    const development = { siteUrl: undefined, production: false };

    expect(headerOf(production, csp)).not.toContain("'unsafe-eval'");
    expect(headerOf(development, csp)).toContain("'unsafe-eval'");
  });

  it("allows exactly the inline scripts whose hashes it is given", () => {
    const scriptSources = (policy: string) =>
      /script-src ([^;]*)/.exec(policy)![1]!.split(" ");
    const options = { development: false, https: false };
    const hashed = buildContentSecurityPolicy({
      ...options,
      scriptHashes: ["sha256-AAA=", "sha256-BBB="],
    });

    expect(scriptSources(buildContentSecurityPolicy(options))).toEqual([
      "'self'",
      "'unsafe-inline'",
    ]);
    expect(scriptSources(hashed)).toEqual([
      "'self'",
      "'sha256-AAA='",
      "'sha256-BBB='",
    ]);
    expect(hashed).toContain("frame-ancestors 'none'");
  });
});
