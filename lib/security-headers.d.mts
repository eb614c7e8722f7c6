// Types for security-headers.mjs, which stays JavaScript for next.config.

export type SecurityHeader = { key: string; value: string };

export function buildContentSecurityPolicy(options: {
  development: boolean;
  https: boolean;
  /** CSP sources such as "sha256-…" for every inline script allowed. */
  scriptHashes?: string[];
}): string;

export function buildSecurityHeaders(options: {
  siteUrl: string | undefined;
  production: boolean;
}): SecurityHeader[];
