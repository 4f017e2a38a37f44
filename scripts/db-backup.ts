import { statSync } from "node:fs";
import { parseArgs } from "node:util";

import {
  backupDatabase,
  backupTarget,
  defaultBackupFile,
  ENGINE_NAMES,
} from "~/utils/backup.server.ts";
import { databaseUrl } from "~/utils/database-url.ts";

/** `npm run db:backup [-- <file>]`: backs up the database DATABASE_URL names. */
try {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length > 1) throw new Error("Usage: npm run db:backup [-- <file>]");
  const url = databaseUrl();
  const file = positionals[0] ?? defaultBackupFile(backupTarget(url).engine);
  const engine = await backupDatabase(url, file);
  console.log(
    `Backed up the ${ENGINE_NAMES[engine]} database to ${file} (${statSync(file).size} bytes).`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
