import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";
import { databaseUrl } from "./database-url.ts";

const SLOW_QUERY_MS = 50;

function createClient() {
  const client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: databaseUrl() }),
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
