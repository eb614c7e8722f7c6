/** What one check of the database found. */
export type Reachability = CheckOutcome & { checkedAt: number };

/** "timeout": it did not answer in time; "unreachable": it refused. */
export type UnreachableReason = "timeout" | "unreachable";

export type CheckOutcome =
  | { ok: true; ms: number }
  | {
      ok: false;
      ms: number;
      reason: UnreachableReason;
      /** The driver's message, for logs. */
      detail?: string;
    };

export type ReachabilityCache = {
  /** A new check, or the one already running; never rejects. */
  check(): Promise<Reachability>;
  /**
   * What serving a request should go by. A result younger than `freshMs`
   * is reused. An older "reachable" is checked again before answering, so
   * an outage is noticed by the next request rather than by a page stuck
   * on it. An older "unreachable" is answered at once while a new check
   * runs behind it, so that an outage costs requests no waiting.
   */
  current(): Promise<Reachability>;
  /** Whether a check found it unreachable within the last freshMs. */
  knownDown(): boolean;
  /** Forgets a "reachable": a connection was lost, so check again. */
  invalidate(): void;
  /** Takes in what another way of asking the database found. */
  report(outcome: CheckOutcome): void;
};

export type ReachabilityOptions = {
  freshMs: number;
  now?: () => number;
  /** Told when reachability changes, for logs. */
  onChange?: (now: Reachability) => void;
};

/**
 * Runs `run` at most once at a time and keeps its last result by the
 * rules of ReachabilityCache. `run` must settle (carry its own timeout);
 * a rejection counts as unreachable.
 */
export function createReachabilityCache(
  run: () => Promise<CheckOutcome>,
  options: ReachabilityOptions,
): ReachabilityCache {
  const { freshMs, now = Date.now, onChange } = options;
  let last: Reachability | undefined;
  let running: Promise<Reachability> | undefined;

  async function runOnce(): Promise<Reachability> {
    const started = now();
    const outcome = await run().catch((): CheckOutcome => ({
      ok: false,
      ms: now() - started,
      reason: "unreachable",
    }));
    return note(outcome);
  }

  function note(outcome: CheckOutcome): Reachability {
    const result = { ...outcome, checkedAt: now() };
    if (last?.ok !== result.ok) onChange?.(result);
    last = result;
    return result;
  }

  function check(): Promise<Reachability> {
    running ??= runOnce().finally(() => (running = undefined));
    return running;
  }

  return {
    check,
    async current() {
      if (last && now() - last.checkedAt < freshMs) return last;
      if (last && !last.ok) {
        void check();
        return last;
      }
      return check();
    },
    knownDown: () =>
      last !== undefined && !last.ok && now() - last.checkedAt < freshMs,
    invalidate() {
      if (last?.ok) last = { ...last, checkedAt: -Infinity };
    },
    report: (outcome) => void note(outcome),
  };
}
