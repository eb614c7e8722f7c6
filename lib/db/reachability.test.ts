import { describe, expect, it } from "vitest";
import {
  createReachabilityCache,
  type CheckOutcome,
  type Reachability,
} from "./reachability";

/** A check the test answers by hand, on a clock it moves by hand. */
function manualCheck() {
  let time = 0;
  const pending: ((outcome: CheckOutcome) => void)[] = [];
  const changes: Reachability[] = [];
  const cache = createReachabilityCache(
    () => new Promise<CheckOutcome>((resolve) => pending.push(resolve)),
    { freshMs: 1000, now: () => time, onChange: (r) => changes.push(r) },
  );
  const settle = async (outcome: CheckOutcome) => {
    pending.shift()!(outcome);
    await Promise.resolve();
  };
  const answer = (ok: boolean) =>
    settle(ok ? { ok, ms: 1 } : { ok, ms: 1, reason: "unreachable" });
  return {
    cache,
    changes,
    pending: () => pending.length,
    answer,
    /** A check that found `ok`, done and over. */
    async found(ok: boolean) {
      const checked = cache.check();
      await answer(ok);
      await checked;
    },
    advance: (ms: number) => (time += ms),
  };
}

const up = { ok: true, ms: 1 } as const;

describe("database reachability", () => {
  it("runs one check at a time however many ask", async () => {
    const probe = manualCheck();

    const asked = [probe.cache.current(), probe.cache.check()];
    expect(probe.pending()).toBe(1);
    await probe.answer(true);

    expect(await Promise.all(asked)).toMatchObject([up, up]);
  });

  it("reuses a fresh answer without checking", async () => {
    const probe = manualCheck();
    await probe.found(true);

    probe.advance(999);
    await probe.cache.current();

    expect(probe.pending()).toBe(0);
  });

  it("checks a stale 'reachable' again before answering", async () => {
    const probe = manualCheck();
    await probe.found(true);
    probe.advance(1000);

    const second = probe.cache.current();
    expect(probe.pending()).toBe(1);
    await probe.answer(false);

    expect(await second).toMatchObject({ ok: false, reason: "unreachable" });
  });

  it("answers a stale 'unreachable' at once and checks behind it", async () => {
    const probe = manualCheck();
    await probe.found(false);
    probe.advance(1000);

    expect(await probe.cache.current()).toMatchObject({ ok: false });
    expect(probe.pending()).toBe(1);
    await probe.answer(true);
    expect(await probe.cache.current()).toMatchObject(up);
  });

  it("checks again after a lost connection, however fresh the answer", async () => {
    const probe = manualCheck();
    await probe.found(true);

    probe.cache.invalidate();
    void probe.cache.current();

    expect(probe.pending()).toBe(1);
  });

  it("takes in a failure found another way as a fresh answer", async () => {
    const probe = manualCheck();
    await probe.found(true);

    probe.cache.report({ ok: false, ms: 1, reason: "timeout" });

    expect(await probe.cache.current()).toMatchObject({ reason: "timeout" });
    expect(probe.pending()).toBe(0);
  });

  it("counts a check that throws as unreachable", async () => {
    const cache = createReachabilityCache(
      () => Promise.reject(new Error("socket hang up")),
      { freshMs: 1000 },
    );

    expect(await cache.check()).toMatchObject({
      ok: false,
      reason: "unreachable",
    });
  });

  it("tells of changes only", async () => {
    const probe = manualCheck();
    for (const ok of [true, true, false, false, true]) await probe.found(ok);

    expect(probe.changes.map((change) => change.ok)).toEqual([
      true,
      false,
      true,
    ]);
  });
});
