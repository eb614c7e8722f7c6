import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Budget } from "../tmdb/budget";

// Every process sharing a PostgreSQL database takes its TMDB requests from
// two small tables (see prisma/schema.prisma). A request needs a rate slot,
// one of maxRps rows whose last start is the oldest and more than a second
// old, so no second holds more than maxRps starts, however they are spread
// over processes; and a concurrency slot, one of maxConcurrent rows, held
// until the request ends. Both are taken in one statement with
// SKIP LOCKED, so two processes never get the same row. Times come from the
// database's clock, which every process shares.
//
// The queries go through plain pg rather than Prisma, as prepared
// statements: a slot then costs about half a millisecond instead of two,
// and never waits behind page queries for a connection.

// A rate slot is free again a little after a second: the time between
// taking a slot and TMDB seeing the request varies, by tens of
// milliseconds on a busy machine. This costs 5 % of the rate at most.
const slotReuseMs = 1_050;

// How long to wait before asking again when every concurrency slot is held
// (their holders do not say when they will be done).
const busyPollMs = 15;

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
  /** After this long, a slot whose process never gave it back is free. */
  leaseMs: number;
  /** Told when the database fails; the request then goes ahead. */
  onError?: (error: unknown) => void;
};

type Held = { lane: number; holder: string };

type Attempt = { lane: number | null; rateWaitMs: number };

async function createSlots(pool: SqlPool, maxRps: number, lanes: number) {
  await pool.query({
    text: `INSERT INTO "TmdbRateSlot" ("id", "startedAt")
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

// Takes a free concurrency slot (lane) and the oldest free rate slot
// (tick) together, or neither, and says how long until a tick frees.
const takeSlotsSql = `
  WITH lane AS (
    SELECT "id" FROM "TmdbConcurrencySlot"
    WHERE "id" < $1::int
      AND ("leaseUntil" IS NULL OR "leaseUntil" <= statement_timestamp())
    ORDER BY "id" LIMIT 1
    FOR UPDATE SKIP LOCKED
  ), tick AS (
    SELECT "id" FROM "TmdbRateSlot"
    WHERE "id" < $2::int
      AND "startedAt" <= statement_timestamp() - $3::float8 * interval '1 ms'
    ORDER BY "startedAt" LIMIT 1
    FOR UPDATE SKIP LOCKED
  ), held AS (
    UPDATE "TmdbConcurrencySlot" AS s
    SET "holder" = $4,
      "leaseUntil" = statement_timestamp() + $5::float8 * interval '1 ms'
    FROM lane, tick WHERE s."id" = lane."id"
    RETURNING s."id"
  ), started AS (
    UPDATE "TmdbRateSlot" AS s SET "startedAt" = statement_timestamp()
    FROM lane, tick WHERE s."id" = tick."id"
    RETURNING s."id"
  )
  SELECT (SELECT "id" FROM held) AS "lane",
    (SELECT greatest(0, extract(epoch FROM min("startedAt")
        + $3::float8 * interval '1 ms' - statement_timestamp()) * 1000)
      FROM "TmdbRateSlot" WHERE "id" < $2::int
    )::float8 AS "rateWaitMs"`;

/**
 * Takes a rate slot and a concurrency slot together, or neither. Returns
 * the concurrency slot's id, or null with how long until a rate slot frees.
 */
async function trySlots(
  options: SharedBudgetOptions,
  holder: string,
): Promise<Attempt> {
  const { rows } = await options.pool.query<Attempt>({
    name: "castlog_take_tmdb_slots",
    text: takeSlotsSql,
    values: [
      options.maxConcurrent,
      options.maxRps,
      slotReuseMs,
      holder,
      options.leaseMs,
    ],
  });
  return rows[0]!;
}

/**
 * A budget that holds for every process using the same database, on top
 * of this process's own. Only one request per process asks the database
 * at a time, in arrival order, so a busy budget costs each process one
 * query per slot freed rather than one per waiting request. When the
 * database fails, the request goes ahead under the local budget alone.
 */
export function createSharedBudget(options: SharedBudgetOptions): Budget {
  const { local, onError = () => undefined } = options;
  const lanes = options.maxConcurrent;
  let slotsReady: Promise<void> | undefined;
  let turn: Promise<unknown> = Promise.resolve();

  async function takeSlots(): Promise<Held | null> {
    slotsReady ??= createSlots(options.pool, options.maxRps, lanes).catch(
      (error: unknown) => {
        slotsReady = undefined;
        throw error;
      },
    );
    await slotsReady;

    const holder = randomUUID();
    for (;;) {
      const attempt = await trySlots(options, holder);
      if (attempt.lane !== null) return { lane: attempt.lane, holder };
      await sleep(attempt.rateWaitMs > 0 ? attempt.rateWaitMs : busyPollMs);
    }
  }

  function takeSlotsInTurn(): Promise<Held | null> {
    const mine = turn.then(() =>
      takeSlots().catch((error: unknown) => {
        onError(error);
        return null;
      }),
    );
    turn = mine;
    return mine;
  }

  async function giveBack(held: Held): Promise<void> {
    await options.pool.query({
      name: "castlog_give_back_tmdb_slot",
      text: `UPDATE "TmdbConcurrencySlot"
        SET "holder" = NULL, "leaseUntil" = NULL
        WHERE "id" = $1::int AND "holder" = $2`,
      values: [held.lane, held.holder],
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
