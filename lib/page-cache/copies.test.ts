import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  copiedBytes,
  forgetCopies,
  pageCopy,
  pauseAfterFailureMs,
  type PageCopy,
} from "./copies";

const page = (bytes: number): PageCopy => ({
  body: new Uint8Array(bytes),
  headers: { "content-type": "text/html" },
});

/** A loader that counts its calls and answers `copy`. */
function loader(copy: PageCopy | null | Error) {
  const counted = { calls: 0 };
  const load = async () => {
    counted.calls += 1;
    if (copy instanceof Error) throw copy;
    return copy;
  };
  return { counted, load };
}

describe("the proxy's copies of cached pages", () => {
  beforeEach(() => forgetCopies());
  afterEach(() => vi.useRealTimers());

  it("loads a copy once for any number of concurrent views", async () => {
    const { counted, load } = loader(page(10));
    const views = Array.from({ length: 20 }, () => pageCopy("a", load, 100));
    const copies = await Promise.all(views.map((view) => view.copy));

    expect(counted.calls).toBe(1);
    expect(views.map((view) => view.kept)).toEqual([
      false,
      ...Array<boolean>(19).fill(true),
    ]);
    expect(new Set(copies).size).toBe(1);
    expect(copiedBytes()).toBe(10);
  });

  it("pauses loading for a while after a load fails", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const broken = loader(new Error("refused"));
    const missing = loader(null);
    const working = loader(page(10));

    expect(await pageCopy("a", broken.load, 100).copy).toBeNull();
    expect(await pageCopy("b", working.load, 100).copy).toBeNull();
    vi.advanceTimersByTime(pauseAfterFailureMs);
    expect(await pageCopy("b", missing.load, 100).copy).toBeNull();
    vi.advanceTimersByTime(pauseAfterFailureMs);
    expect(await pageCopy("b", working.load, 100).copy).not.toBeNull();

    expect([broken, missing, working].map((l) => l.counted.calls)).toEqual([
      1, 1, 1,
    ]);
    expect(copiedBytes()).toBe(10);
  });

  it("drops the least recently used copies past its budget", async () => {
    await pageCopy("a", loader(page(40)).load, 100).copy;
    await pageCopy("b", loader(page(40)).load, 100).copy;
    // Using "a" makes "b" the oldest.
    await pageCopy("a", loader(page(40)).load, 100).copy;
    await pageCopy("c", loader(page(40)).load, 100).copy;

    expect(copiedBytes()).toBe(80);
    expect(pageCopy("a", loader(page(40)).load, 100).kept).toBe(true);
    expect(pageCopy("c", loader(page(40)).load, 100).kept).toBe(true);
    expect(pageCopy("b", loader(page(40)).load, 100).kept).toBe(false);
  });

  it("serves a copy larger than the budget without keeping it", async () => {
    const { counted, load } = loader(page(200));

    expect((await pageCopy("a", load, 100).copy)?.body.byteLength).toBe(200);
    await pageCopy("a", load, 100).copy;
    expect(counted.calls).toBe(2);
    expect(copiedBytes()).toBe(0);
  });

  it("forgets every copy at once, also one still loading", async () => {
    await pageCopy("a", loader(page(10)).load, 100).copy;
    const loading = pageCopy("b", loader(page(10)).load, 100).copy;
    forgetCopies();

    expect((await loading)?.body.byteLength).toBe(10);
    expect(copiedBytes()).toBe(0);
    expect(pageCopy("a", loader(page(10)).load, 100).kept).toBe(false);
  });
});
