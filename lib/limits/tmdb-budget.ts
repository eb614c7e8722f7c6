import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Budget } from "../tmdb/budget";

// Every process sharing a PostgreSQL database takes its TMDB requests from
// two small tables (see prisma/schema.prisma). A request needs a rate
// slot, one of maxRps rows, which it holds while in flight and which is
// free again one second after the request ended: TMDB received the
// request before its answer came back, so no second can see more than
// maxRps arrivals, however late each request left its process. The price:
// with answers taking 200 ms, a busy budget sends maxRps / 1.2 requests a
// second rather than maxRps. A request also needs a concurrency slot, one
// of maxConcurrent rows, held until it ends. Both are taken in one
// statement with SKIP LOCKED, so two processes never get the same row,
// and times come from the database's clock. A process that dies holding
// slots loses them when their lease runs out.
//
// The queries go through plain pg rather than Prisma, as prepared
// statements: a slot then costs about half a millisecond instead of two,
// and never waits behind page queries for a connection.

const windowMs = 1000;

// How long to wait before asking again when every slot is in flight
// (their holders do not say when they will be done).
const busyPollMs = 15;

// How long requests go by the local budget alone after the database
// failed to answer one.
const skipAfterFailureMs = 1000;

/** What the budget needs of a database connection pool (pg.Pool has it). */
export type SqlPool = {
  /** A named query is planned once per connection, which halves its cost. */
  query<R>(query: {
    name?: string;
    text: string;
    values: unknown[];
  }): Promise<{ rows: R[] }>;
};

export type SharedBudgetOptions = {
  /** This process's own budget; a request takes it first. */
  local: Budget;
  /** One or two connections are plenty: one request asks at a time. */
  pool: SqlPool;
  maxRps: number;
  maxConcurrent: number;
  /** After this long, slots whose process never gave them back are free. */
  leaseMs: number;
  /** Told when the database fails; the request then goes ahead. */
  onError?: (error: unknown) => void;
};

type Held = { lane: number; tick: number; holder: string };

type Attempt = { lane: number | null; tick: number | null; waitMs: number };

async function createSlots(pool: SqlPool, maxRps: number, lanes: number) {
  await pool.query({
    text: `INSERT INTO "TmdbRateSlot" ("id", "freeAt")
      SELECT g, 'epoch' FROM generate_series(0, $1::int - 1) AS g
      ON CONFLICT DO NOTHING`,
    values: [maxRps],
  });
  await pool.query({
    text: `INSERT INTO "TmdbConcurrencySlot" ("id")
      SELECT g FROM generate_series(0, $1::int - 1) AS g
      ON CONFLICT DO NOTHING`,
    values: [lanes],
  });
}

// Takes a free concurrency slot (lane) and rate slot (tick) together, or
// neither, and says how long until the next tick frees.
const takeSlotsSql = `
  WITH lane AS (
    SELECT "id" FROM "TmdbConcurrencySlot"
    WHERE "id" < $1::int
      AND ("leaseUntil" IS NULL OR "leaseUntil" <= statement_timestamp())
    ORDER BY "id" LIMIT 1
    FOR UPDATE SKIP LOCKED
  ), tick AS (
    SELECT "id" FROM "TmdbRateSlot"
    WHERE "id" < $2::int AND "freeAt" <= statement_timestamp()
    ORDER BY "freeAt" LIMIT 1
    FOR UPDATE SKIP LOCKED
  ), held AS (
    UPDATE "TmdbConcurrencySlot" AS s
    SET "holder" = $3,
      "leaseUntil" = statement_timestamp() + $4::float8 * interval '1 ms'
    FROM lane, tick WHERE s."id" = lane."id"
    RETURNING s."id"
  ), started AS (
    UPDATE "TmdbRateSlot" AS s
    SET "holder" = $3,
      "freeAt" = statement_timestamp() + $4::float8 * interval '1 ms'
    FROM lane, tick WHERE s."id" = tick."id"
    RETURNING s."id"
  )
  SELECT (SELECT "id" FROM held) AS "lane",
    (SELECT "id" FROM started) AS "tick",
    (SELECT greatest(0, extract(epoch FROM
        min("freeAt") - statement_timestamp()) * 1000)
      FROM "TmdbRateSlot" WHERE "id" < $2::int
    )::float8 AS "waitMs"`;

const giveBackSql = `
  WITH lane AS (
    UPDATE "TmdbConcurrencySlot" SET "holder" = NULL, "leaseUntil" = NULL
    WHERE "id" = $1::int AND "holder" = $3
  )
  UPDATE "TmdbRateSlot"
  SET "holder" = NULL,
    "freeAt" = statement_timestamp() + $4::float8 * interval '1 ms'
  WHERE "id" = $2::int AND "holder" = $3`;

/**
 * A budget that holds for every process using the same database, on top
 * of this process's own. Only one request per process asks the database
 * at a time, in arrival order, so a busy budget costs each process one
 * query per slot freed rather than one per waiting request. When the
 * database fails, the request goes ahead under the local budget alone.
 */
export function createSharedBudget(options: SharedBudgetOptions): Budget {
  const { local, pool, onError = () => undefined } = options;
  let slotsReady: Promise<void> | undefined;
  let turn: Promise<unknown> = Promise.resolve();

  async function trySlots(holder: string): Promise<Attempt> {
    const { rows } = await pool.query<Attempt>({
      name: "castlog_take_tmdb_slots",
      text: takeSlotsSql,
      values: [options.maxConcurrent, options.maxRps, holder, options.leaseMs],
    });
    return rows[0]!;
  }

  async function takeSlots(): Promise<Held> {
    slotsReady ??= createSlots(
      pool,
      options.maxRps,
      options.maxConcurrent,
    ).catch((error: unknown) => {
      slotsReady = undefined;
      throw error;
    });
    await slotsReady;

    const holder = randomUUID();
    for (;;) {
      const { lane, tick, waitMs } = await trySlots(holder);
      if (lane !== null && tick !== null) return { lane, tick, holder };
      // A wait beyond a second means every tick is in flight.
      const ticksBusy = waitMs === 0 || waitMs > windowMs;
      await sleep(ticksBusy ? busyPollMs : waitMs);
    }
  }

  // Requests ask in turn, so after a failure the ones queued behind it
  // skip the database for a moment rather than each wait out the outage.
  let failedAt = -Infinity;

  function takeSlotsInTurn(): Promise<Held | null> {
    const mine = turn.then(() => {
      if (Date.now() - failedAt < skipAfterFailureMs) return null;
      return takeSlots().catch((error: unknown) => {
        failedAt = Date.now();
        onError(error);
        return null;
      });
    });
    turn = mine;
    return mine;
  }

  async function giveBack({ lane, tick, holder }: Held): Promise<void> {
    await pool.query({
      name: "castlog_give_back_tmdb_slots",
      text: giveBackSql,
      values: [lane, tick, holder, windowMs],
    });
  }

  return {
    async acquire() {
      const releaseLocal = await local.acquire();
      const held = await takeSlotsInTurn();

      let released = false;
      return () => {
        if (released) return;
        released = true;
        releaseLocal();
        if (held) giveBack(held).catch(onError);
      };
    },
  };
}
