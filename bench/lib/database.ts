import Database from "better-sqlite3";
import pg from "pg";

/** Read-and-write access to the bench's database, on either engine, with plain SQL. */
export type BenchDatabase = {
  all<Row = Record<string, unknown>>(sql: string): Promise<Row[]>;
  run(sql: string): Promise<void>;
  close(): Promise<void>;
};

export async function openDatabase(url: string): Promise<BenchDatabase> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    // A pool: a connection the server dropped (a crash test kills it) is replaced, not fatal.
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    pool.on("error", () => {});
    return {
      all: async <Row>(sql: string) => (await pool.query(sql)).rows as Row[],
      run: async (sql) => void (await pool.query(sql)),
      close: () => pool.end(),
    };
  }
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("busy_timeout = 10000");
  return {
    all: async <Row>(sql: string) => db.prepare(sql).all() as Row[],
    run: async (sql) => void db.exec(sql),
    close: async () => void db.close(),
  };
}

/** SQL string literal. */
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
