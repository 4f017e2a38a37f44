import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
} from "node:fs";
import path from "node:path";

import {
  backupPostgresql,
  postgresqlHasTables,
  restorePostgresql,
} from "~/utils/backup-postgresql.server.ts";
import { backupSqlite, restoreSqlite, sqliteHasTables } from "~/utils/backup-sqlite.server.ts";
import { type DatabaseEngine, databaseEngine } from "~/utils/database-url.ts";

type Target = { engine: "sqlite"; file: string } | { engine: "postgresql"; url: URL };

export const ENGINE_NAMES: Record<DatabaseEngine, string> = {
  sqlite: "SQLite",
  postgresql: "PostgreSQL",
};
const EXTENSIONS: Record<DatabaseEngine, string> = { sqlite: "sqlite", postgresql: "dump" };

/** The database a `DATABASE_URL` names: a `file:` path for SQLite, or a PostgreSQL URL. */
export function backupTarget(databaseUrl: string): Target {
  if (databaseEngine(databaseUrl) === "postgresql")
    return { engine: "postgresql", url: new URL(databaseUrl) };
  if (databaseUrl.startsWith("file:"))
    return { engine: "sqlite", file: databaseUrl.slice("file:".length).split("?")[0]! };
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).");
}

/** `backups/<engine>-<UTC time>.<sqlite|dump>`: names that sort by time. */
export function defaultBackupFile(engine: DatabaseEngine, now = new Date()) {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  return path.join("backups", `${engine}-${stamp}.${EXTENSIONS[engine]}`);
}

/** Which engine wrote a backup file, from its first bytes; null if neither. */
function backupEngine(file: string): DatabaseEngine | null {
  const header = Buffer.alloc(16);
  const fd = openSync(file, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString("latin1") === "SQLite format 3\0") return "sqlite";
  if (header.subarray(0, 5).toString("latin1") === "PGDMP") return "postgresql";
  return null;
}

/**
 * Backs up the database into a new file, readable by its owner only, written under a temporary
 * name and renamed when complete, so that an interrupted backup never looks like a good one.
 * Returns the engine.
 */
export async function backupDatabase(databaseUrl: string, file: string) {
  const target = backupTarget(databaseUrl);
  const destination = path.resolve(file);
  if (existsSync(destination)) throw new Error(`${file} already exists: choose another file name.`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    if (target.engine === "sqlite") {
      if (!existsSync(target.file)) throw new Error(`No SQLite database at ${target.file}.`);
      await backupSqlite(target.file, partial);
    } else {
      await backupPostgresql(target.url, partial);
    }
    chmodSync(partial, 0o600); // personal data and password hashes: for the owner only
    renameSync(partial, destination);
  } finally {
    rmSync(partial, { force: true });
  }
  return target.engine;
}

/**
 * Replaces the database's contents with a backup. A database that already holds tables is
 * replaced only with `force`: a restore undoes everything written since the backup.
 */
export async function restoreDatabase(databaseUrl: string, file: string, { force = false } = {}) {
  const target = backupTarget(databaseUrl);
  const source = path.resolve(file);
  if (!existsSync(source)) throw new Error(`No backup file at ${file}.`);
  const engine = backupEngine(source);
  if (!engine)
    throw new Error(`${file} is neither a SQLite database nor a pg_dump custom-format archive.`);
  if (engine !== target.engine)
    throw new Error(
      `${file} is a ${ENGINE_NAMES[engine]} backup, but DATABASE_URL names a ` +
        `${ENGINE_NAMES[target.engine]} database.`,
    );
  const hasTables =
    target.engine === "sqlite"
      ? sqliteHasTables(target.file)
      : await postgresqlHasTables(target.url);
  if (hasTables && !force)
    throw new Error(
      "The database already holds data, which the restore would replace: " +
        "run again with --force to replace it.",
    );
  if (target.engine === "sqlite") await restoreSqlite(source, target.file);
  else await restorePostgresql(source, target.url);
  return target.engine;
}
