import { parseArgs } from "node:util";

import { ENGINE_NAMES, restoreDatabase } from "~/utils/backup.server.ts";
import { databaseUrl } from "~/utils/database-url.ts";

/** `npm run db:restore -- <file> [--force]`: restores a backup into the database DATABASE_URL names. */
try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) throw new Error("Usage: npm run db:restore -- <file> [--force]");
  const file = positionals[0]!;
  const engine = await restoreDatabase(databaseUrl(), file, { force: values.force });
  console.log(`Restored the ${ENGINE_NAMES[engine]} database from ${file}.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
