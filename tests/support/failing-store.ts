// Test-only faults inside the database, for what castlog does when storing
// fails or stalls part-way. They are triggers in the test's own database:
// the application's statements run unchanged and meet a real error or a
// real wait.

type Sql = { $executeRawUnsafe(query: string): Promise<unknown> };

const failFunction = `
  CREATE OR REPLACE FUNCTION castlog_test_fail() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'the disk is full (a test fault)';
  END $$`;

/** Makes every new snapshot fail with a database error, until healed. */
export async function breakSnapshotWrites(db: Sql): Promise<void> {
  await db.$executeRawUnsafe(failFunction);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER castlog_test_fail BEFORE INSERT ON "Snapshot"
     FOR EACH ROW EXECUTE FUNCTION castlog_test_fail()`,
  );
}

export async function healSnapshotWrites(db: Sql): Promise<void> {
  await db.$executeRawUnsafe(
    `DROP TRIGGER IF EXISTS castlog_test_fail ON "Snapshot"`,
  );
}

// The pause comes once per transaction (a transaction-local setting marks
// it), when the ingest records its check: its last write, so everything
// else of the new version is written and not yet committed.
const stallFunction = (seconds: number) => `
  CREATE OR REPLACE FUNCTION castlog_test_stall() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF current_setting('castlog_test.stalled', true) IS DISTINCT FROM '1'
    THEN
      PERFORM set_config('castlog_test.stalled', '1', true);
      PERFORM pg_sleep(${seconds});
    END IF;
    RETURN NULL;
  END $$`;

/**
 * Makes an ingest stall for `seconds` just before it commits, holding its
 * transaction open with the new snapshot, credits and jobs written.
 */
export async function stallBeforeCommit(
  db: Sql,
  seconds: number,
): Promise<void> {
  await db.$executeRawUnsafe(stallFunction(seconds));
  await db.$executeRawUnsafe(
    `CREATE TRIGGER castlog_test_stall AFTER INSERT ON "SeasonCheck"
     FOR EACH STATEMENT EXECUTE FUNCTION castlog_test_stall()`,
  );
}

export async function removeStall(db: Sql): Promise<void> {
  await db.$executeRawUnsafe(
    `DROP TRIGGER IF EXISTS castlog_test_stall ON "SeasonCheck"`,
  );
}
