import { describe, expect, it } from "vitest";
import { maxBodyBytes, maxJsonDepth } from "./body-limits.mjs";
import { checkRequestBody, nestsDeeperThan } from "./request-body";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

/** A body sent in chunks without a Content-Length, as chunked uploads are. */
function chunked(text: string, chunkSize = 1000): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://castlog.test/signin", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);

describe("the nesting depth of JSON text", () => {
  it("counts arrays and objects together", () => {
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    const text = JSON.stringify({ a: `"${nested(100)}\\"[[[` });

    expect(nestsDeeperThan(text, 1)).toBe(false);
  });

  it("measures the deepest point, not the number of brackets", () => {
    expect(nestsDeeperThan("[[],[],[],[],[],[]]".repeat(50), 2)).toBe(false);
  });
});

describe("checking a request body", () => {
  it("lets a small form through", async () => {
    const form = new FormData();
    form.set("token", "eyJ.a-token-like-text");

    expect(await checkRequestBody(post(form))).toBeNull();
  });

  it("refuses a declared length over the limit without reading it", async () => {
    const request = post("x", { "content-length": String(maxBodyBytes + 1) });

    expect(await checkRequestBody(request)).toMatchObject({
      status: 413,
      error: "body_too_large",
    });
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a chunked body once it passes the limit", async () => {
    const body = chunked("x".repeat(maxBodyBytes + 1));

    expect(await checkRequestBody(post(body))).toMatchObject({ status: 413 });
  });

  it("accepts a chunked body of exactly the limit", async () => {
    const body = chunked("x".repeat(maxBodyBytes));

    expect(await checkRequestBody(post(body))).toBeNull();
  });

  it("refuses JSON nested deeper than allowed, whatever its media type", async () => {
    const deep = nested(maxJsonDepth + 1);

    for (const type of ["application/json", "text/plain;charset=UTF-8"]) {
      expect(
        await checkRequestBody(post(deep, { "content-type": type })),
      ).toMatchObject({ status: 400, error: "body_too_deeply_nested" });
    }
    expect(await checkRequestBody(post(nested(maxJsonDepth), {}))).toBeNull();
  });

  it("refuses a form field holding deeply nested JSON", async () => {
    const form = new FormData();
    form.set("0", nested(maxJsonDepth + 1));
    const encoded = new URLSearchParams({ json: nested(maxJsonDepth + 1) });

    expect(await checkRequestBody(post(form))).toMatchObject({ status: 400 });
    expect(await checkRequestBody(post(encoded))).toMatchObject({
      status: 400,
    });
  });

  it("does not count a form's own quotes and boundaries as JSON", async () => {
    const form = new FormData();
    form.set("q", 'a "quoted" [text]');
    form.set("next", "/dashboard");

    expect(await checkRequestBody(post(form))).toBeNull();
  });
});
