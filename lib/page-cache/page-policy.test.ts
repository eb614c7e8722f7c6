import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, maxPolicyBytes, pagePolicy } from "./page-policy";

const hashOf = (text: string) =>
  `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("a cached page's policy", () => {
  it("hashes each inline script's exact text, once", () => {
    const push = 'self.__next_f.push([1,"é \\u003c/script>"])';
    const html =
      `<head><script>${push}</script><script src="/a.js"></script>` +
      `<script async="" src="/b.js"></script></head>` +
      `<body><script id="_R_">${push}</script><script></script></body>`;

    expect(inlineScriptHashes(html)).toEqual([hashOf(push), hashOf("")]);
  });

  it("finds none in a document without inline scripts", () => {
    expect(
      inlineScriptHashes('<p>script</p><script src="/x.js"></script>'),
    ).toEqual([]);
  });

  it("allows a page's own scripts by hash while the policy stays short", () => {
    const site = { development: false, https: true };
    const scripts = (count: number) =>
      Array.from({ length: count }, (_, i) => `<script>f(${i})</script>`);
    const short = pagePolicy(scripts(3).join(""), site);
    const long = pagePolicy(scripts(100).join(""), site);

    expect(short).toContain(`'${hashOf("f(2)")}'`);
    expect(/script-src [^;]*/.exec(short)?.[0]).not.toContain("unsafe");
    expect(short.length).toBeLessThanOrEqual(maxPolicyBytes);
    expect(long).toContain("script-src 'self' 'unsafe-inline'");
    expect(long).not.toContain("sha256-");
    expect(long).toContain("upgrade-insecure-requests");
  });
});
