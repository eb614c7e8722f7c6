import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { expect, it } from "vitest";
import { diffSchemaFromMigrations } from "@/lib/db/migrate";

it("has migrations that produce exactly the schema", async () => {
  const pglite = new PGlite();

  try {
    expect(await diffSchemaFromMigrations(new PrismaPGlite(pglite))).toBe(null);
  } finally {
    await pglite.close();
  }
});
