import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "~/generated/prisma/client.ts";
import { PrismaClient as PostgresPrismaClient } from "~/generated/prisma-postgres/client.ts";
import { databaseEngine, databaseUrl } from "~/utils/database-url.ts";
import { SerialisedSQLite } from "~/utils/sqlite-adapter.server.ts";

const SLOW_QUERY_MS = 50;

/**
 * Transactions queue for the connection (SQLite) or the pool (PostgreSQL) under load: let
 * them wait longer than Prisma's 2 seconds before giving up.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/** Connections each process opens to PostgreSQL (`DATABASE_POOL_SIZE`). */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

const options = {
  transactionOptions: TRANSACTION_OPTIONS,
  log: [{ level: "query" as const, emit: "event" as const }],
};

/**
 * The client for the database `DATABASE_URL` names. Both generated clients come from the same
 * models; the app keeps to what both engines do alike, so the PostgreSQL client is typed as
 * the SQLite one (the one cast of the data layer).
 */
function createClient() {
  const url = databaseUrl();
  const client =
    databaseEngine(url) === "postgresql"
      ? (new PostgresPrismaClient({
          adapter: new PrismaPg({ connectionString: url, max: POOL_SIZE }),
          ...options,
        }) as unknown as PrismaClient<"query">)
      : new PrismaClient({ adapter: new SerialisedSQLite(url), ...options });
  client.$on("query", (event) => {
    if (event.duration > SLOW_QUERY_MS)
      console.warn(`Slow query (${event.duration} ms): ${event.query}`);
  });
  return client;
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

/** One client per process, kept across development rebuilds. */
export const prisma = (globalForPrisma.prisma ??= createClient());

/** Whether a write failed on a unique index (Prisma's P2002). */
export function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
