import { maxBodyBytes, maxJsonDepth } from "./body-limits.mjs";

// Next parses server action bodies and next-auth parses its forms before
// any of castlog's code runs: a large body costs memory first, and a
// deeply nested one overflows React's recursive decoding into a bare 500.
// So proxy.ts checks every body here first, against body-limits.mjs.

export type BodyRefusal = {
  status: 400 | 413;
  error: "body_too_large" | "body_too_deeply_nested";
  message: string;
};

const tooLarge: BodyRefusal = {
  status: 413,
  error: "body_too_large",
  message: `Request bodies are limited to ${maxBodyBytes / 1024} KiB.`,
};

const tooDeep: BodyRefusal = {
  status: 400,
  error: "body_too_deeply_nested",
  message: `JSON in a request may nest arrays and objects at most ${maxJsonDepth} deep.`,
};

const [quote, backslash] = [34, 92];
const opening = new Set([91, 123]);
const closing = new Set([93, 125]);

/**
 * Whether text nests arrays and objects deeper than `limit`, reading it
 * as JSON: brackets inside strings do not count. Text that is not JSON is
 * read the same way, so no parser ever sees more depth than this allows.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;

  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === backslash) escaped = true;
      else if (code === quote) inString = false;
    } else if (code === quote) {
      inString = true;
    } else if (opening.has(code)) {
      depth += 1;
      if (depth > limit) return true;
    } else if (closing.has(code) && depth > 0) {
      depth -= 1;
    }
  }
  return false;
}

/** The body's bytes, or null as soon as there are more than `limit`. */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The texts of a body that a server parses as JSON or may pass on. */
async function textsOf(bytes: Uint8Array, type: string): Promise<string[]> {
  const text = new TextDecoder().decode(bytes);
  // Lower case for the test only: a multipart boundary keeps its case.
  const media = type.toLowerCase();
  const isForm =
    media.startsWith("multipart/form-data") ||
    media.startsWith("application/x-www-form-urlencoded");
  if (!isForm) return [text];

  try {
    const form = await new Response(new Uint8Array(bytes), {
      headers: { "content-type": type },
    }).formData();
    return [...form.values()].filter((v) => typeof v === "string");
  } catch {
    // Not a well-formed form: whoever parses it will refuse it, but the
    // raw text is still checked.
    return [text];
  }
}

/**
 * Why a request's body must be refused, or null when it may go on. A
 * declared length over the limit is refused unread; a body without one
 * (chunked) is read up to the limit and no further. Safe to call on a
 * request whose body Next has cloned for the proxy.
 */
export async function checkRequestBody(
  request: Request,
): Promise<BodyRefusal | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBodyBytes) return tooLarge;
  if (!request.body) return null;

  const bytes = await readAtMost(request.body, maxBodyBytes);
  if (!bytes) return tooLarge;
  const type = request.headers.get("content-type") ?? "";
  const texts = await textsOf(bytes, type);
  return texts.some((text) => nestsDeeperThan(text, maxJsonDepth))
    ? tooDeep
    : null;
}
