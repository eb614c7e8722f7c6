// Applies pending migrations to the configured database:
//   npm run db:migrate
// The server also does this when it starts; this is for deployments that
// migrate as a separate step, and for PostgreSQL shared by several servers.
import { configuredTarget } from "../db";
import { openDatabase } from "../db/open";

const target = configuredTarget();
const started = Date.now();
const open = await openDatabase(target).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
await open.close();
console.log(`database migrated (${target.kind}) in ${Date.now() - started} ms`);
