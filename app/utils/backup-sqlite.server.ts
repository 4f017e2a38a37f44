import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

/** Copy every page in one step: one consistent snapshot, never restarted by a concurrent write. */
const ALL_PAGES = { progress: () => 0x7fffffff };

/**
 * Copies a live SQLite database with SQLite's online backup API: a consistent snapshot, taken
 * under a read lock, while app processes go on reading and writing (WAL mode).
 */
export async function backupSqlite(databaseFile: string, backupFile: string) {
  const db = new Database(databaseFile, { fileMustExist: true });
  try {
    await db.backup(backupFile, ALL_PAGES);
  } finally {
    db.close();
  }
}

/** Whether the database file exists and holds at least one table. */
export function sqliteHasTables(databaseFile: string) {
  if (!existsSync(databaseFile)) return false;
  const db = new Database(databaseFile, { readonly: true });
  try {
    return (
      db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined
    );
  } finally {
    db.close();
  }
}

/**
 * Restores a backup into the database file through the same backup API, in the other direction:
 * SQLite writes the pages under its own write lock, so a running app process sees the old
 * database or the restored one, never a half-copied file (replacing the file would leave its
 * open connections on the old inode and its WAL files beside the new one).
 */
export async function restoreSqlite(backupFile: string, databaseFile: string) {
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`${backupFile} is damaged: ${String(check)}`);
    mkdirSync(path.dirname(databaseFile), { recursive: true });
    await backup.backup(databaseFile, ALL_PAGES);
  } finally {
    backup.close();
  }
}
