import { PrismaClient } from "../generated/prisma/client.ts";
import { databaseUrl } from "./database-url.ts";
import { SerialisedSQLite } from "./sqlite-adapter.server.ts";

const SLOW_QUERY_MS = 50;

/**
 * Transactions queue for the connection (SQLite) or the pool (PostgreSQL) under load: let
 * them wait longer than Prisma's 2 seconds before giving up.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

function createClient() {
  const client = new PrismaClient({
    adapter: new SerialisedSQLite(databaseUrl()),
    transactionOptions: TRANSACTION_OPTIONS,
    log: [{ level: "query", emit: "event" }],
  });
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
