import Database from "better-sqlite3";
import pg from "pg";

import { databaseEngine } from "~/utils/database-url.ts";

/** Every table's rows, in a stable order, keyed by table name: two equal snapshots hold the same data. */
export type Snapshot = Record<string, string[]>;

const sortedRows = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

/** Every table of a SQLite database file, listed from its catalog. */
export function sqliteSnapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [table, sortedRows(db.prepare(`SELECT * FROM "${table}"`).all())]),
    );
  } finally {
    db.close();
  }
}

/** Every table of a PostgreSQL database's public schema, listed from its catalog. */
export async function postgresqlSnapshot(client: pg.Client): Promise<Snapshot> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables " +
      "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const snapshot: Snapshot = {};
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT * FROM public."${name}"`);
    snapshot[name] = sortedRows(rows);
  }
  return snapshot;
}

/** Every table of the database a `DATABASE_URL` names, on either engine. */
export async function databaseSnapshot(url: string): Promise<Snapshot> {
  if (databaseEngine(url) === "sqlite") return sqliteSnapshot(url.slice("file:".length));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await postgresqlSnapshot(client);
  } finally {
    await client.end();
  }
}
