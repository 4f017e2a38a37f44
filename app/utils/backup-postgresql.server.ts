import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** libpq's environment variables for the query parameters a connection URL may carry. */
const PARAMETERS: Record<string, string> = {
  sslmode: "PGSSLMODE",
  sslrootcert: "PGSSLROOTCERT",
  sslcert: "PGSSLCERT",
  sslkey: "PGSSLKEY",
  connect_timeout: "PGCONNECT_TIMEOUT",
  application_name: "PGAPPNAME",
  host: "PGHOST",
};

/**
 * The connection as libpq environment variables, so that nothing goes through a shell and the
 * password never shows in the process list. Other query parameters (Prisma's pool settings)
 * mean nothing to the client tools and are left out.
 */
export function libpqEnvironment(url: URL): Record<string, string> {
  const env: Record<string, string> = {};
  if (url.hostname) env.PGHOST = decodeURIComponent(url.hostname.replace(/^\[(.*)\]$/, "$1"));
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.slice(1));
  if (database) env.PGDATABASE = database;
  for (const [name, value] of url.searchParams) {
    const variable = PARAMETERS[name];
    if (variable) env[variable] = value;
  }
  return env;
}

/** A conninfo string naming one database, whatever characters its name holds. */
const dbnameConninfo = (name: string) => `dbname='${name.replace(/[\\']/g, "\\$&")}'`;

/** Runs one of PostgreSQL's client tools (from PG_BINDIR when set, else the PATH). */
async function tool(name: string, args: string[], url: URL) {
  const file = process.env.PG_BINDIR ? path.join(process.env.PG_BINDIR, name) : name;
  try {
    return await run(file, args, {
      env: { ...process.env, ...libpqEnvironment(url) },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === "ENOENT")
      throw new Error(
        `${file} not found: install PostgreSQL's client tools (Debian: postgresql-client), ` +
          "of the server's major version or newer, or set PG_BINDIR to their directory.",
      );
    throw new Error(`${name} failed: ${failure.stderr?.trim() || failure.message}`);
  }
}

/** A whole-database dump in pg_dump's custom format (compressed, restored by pg_restore). */
export async function backupPostgresql(url: URL, backupFile: string) {
  await tool("pg_dump", ["--format=custom", `--file=${backupFile}`], url);
}

/** Whether the database holds at least one table outside PostgreSQL's own schemas. */
export async function postgresqlHasTables(url: URL) {
  const { stdout } = await tool(
    "psql",
    [
      "--no-psqlrc",
      "--tuples-only",
      "--no-align",
      "--set=ON_ERROR_STOP=1",
      "--command=SELECT count(*) FROM pg_catalog.pg_tables " +
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    ],
    url,
  );
  return Number(stdout.trim()) > 0;
}

/**
 * Restores a dump in one transaction: every object in the dump is dropped and created again
 * with its rows, or, on any error, nothing changes. Objects are owned by the connecting user.
 */
export async function restorePostgresql(backupFile: string, url: URL) {
  const database = libpqEnvironment(url).PGDATABASE;
  if (!database) throw new Error("DATABASE_URL names no database.");
  await tool(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      `--dbname=${dbnameConninfo(database)}`,
      backupFile,
    ],
    url,
  );
}
