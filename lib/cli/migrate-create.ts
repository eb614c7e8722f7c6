// Creates a migration for the changes in prisma/schema.prisma:
//   npm run db:migration -- <name>
// History is replayed on an in-memory PGlite, because the schema engine
// cannot create migrations against a real PostgreSQL server here.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createMigration } from "../db/migrate";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name in snake_case>");
  process.exit(2);
}

const pglite = new PGlite();
const created = await createMigration(new PrismaPGlite(pglite), name);
await pglite.close();
console.log(created ? `created prisma/migrations/${created}` : "no changes");
