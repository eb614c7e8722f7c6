import { createHash } from "node:crypto";
import { buildContentSecurityPolicy } from "../security-headers.mjs";

// The Content-Security-Policy of a page known whole before it is sent: the
// site's policy, allowing exactly the page's own inline scripts by their
// hashes instead of any inline script (see lib/security-headers.mjs).
// React escapes "</script" inside a script's text, so the first closing
// tag ends each one.

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const hasSource = /\ssrc\s*=/i;

/** "sha256-…" for every inline script in `html`, in order, once each. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(scriptTag)) {
    if (hasSource.test(attributes!)) continue;
    const digest = createHash("sha256").update(text!).digest("base64");
    hashes.add(`sha256-${digest}`);
  }
  return [...hashes];
}

// Every hash adds about 55 bytes, and a long page has hundreds of inline
// scripts. Reverse proxies often hold all of a response's headers in 4 KB
// (nginx's default buffer) and fail the response beyond it, so a longer
// policy falls back to allowing inline scripts as a whole.
export const maxPolicyBytes = 3000;

/** The policy for `html`: hashed if it fits in maxPolicyBytes. */
export function pagePolicy(
  html: string,
  site: { development: boolean; https: boolean },
): string {
  const scriptHashes = inlineScriptHashes(html);
  const hashed = buildContentSecurityPolicy({ ...site, scriptHashes });
  if (hashed.length <= maxPolicyBytes) return hashed;
  return buildContentSecurityPolicy(site);
}
