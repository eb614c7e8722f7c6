// Test-only faults inside the database, for what castlog does when storing
// fails or stalls part-way. They are triggers in the test's own database:
// the application's statements run unchanged and meet a real error or a
// real wait.

type Sql = { $executeRawUnsafe(query: string): Promise<unknown> };

/** Creates (or replaces) a trigger running the PL/pgSQL `body`. */
async function addTrigger(
  db: Sql,
  name: string,
  when: string,
  body: string,
): Promise<void> {
  await db.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger
     LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER ${name} ${when} EXECUTE FUNCTION ${name}()`,
  );
}

/** Makes every new snapshot fail with a database error, until healed. */
export async function breakSnapshotWrites(db: Sql): Promise<void> {
  await addTrigger(
    db,
    "castlog_test_fail",
    `BEFORE INSERT ON "Snapshot" FOR EACH ROW`,
    `RAISE EXCEPTION 'the disk is full (a test fault)';`,
  );
}

export async function healSnapshotWrites(db: Sql): Promise<void> {
  await db.$executeRawUnsafe(
    `DROP TRIGGER IF EXISTS castlog_test_fail ON "Snapshot"`,
  );
}

/**
 * Makes an ingest stall for `seconds` just before it commits, holding its
 * transaction open with the new snapshot, credits and jobs written. The
 * pause comes when the ingest records its check, its last write, and once
 * per transaction (a transaction-local setting marks it).
 */
export async function stallBeforeCommit(
  db: Sql,
  seconds: number,
): Promise<void> {
  await addTrigger(
    db,
    "castlog_test_stall",
    `AFTER INSERT ON "SeasonCheck" FOR EACH STATEMENT`,
    `IF current_setting('castlog_test.stalled', true) IS DISTINCT FROM '1'
     THEN
       PERFORM set_config('castlog_test.stalled', '1', true);
       PERFORM pg_sleep(${seconds});
     END IF;
     RETURN NULL;`,
  );
}

export async function removeStall(db: Sql): Promise<void> {
  await db.$executeRawUnsafe(
    `DROP TRIGGER IF EXISTS castlog_test_stall ON "SeasonCheck"`,
  );
}
