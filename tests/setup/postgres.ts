import pg from "pg";

/** The PostgreSQL server of the tests (`TEST_DATABASE=postgresql`); see scripts/ensure-postgres.sh. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Whether the tests run on PostgreSQL (`TEST_DATABASE=postgresql`) rather than SQLite. */
export const onPostgres = process.env.TEST_DATABASE === "postgresql";

/** The URL of another database on the tests' server. */
export function postgresUrl(database: string) {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs statements on the server's maintenance database (CREATE / DROP DATABASE). */
export async function onServer(...statements: string[]) {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}
