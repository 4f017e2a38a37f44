/**
 * The Prisma client of the test server's database (its DATABASE_URL in playwright.config.ts;
 * E2E_DATABASE_URL names another), for the few journeys whose starting point no page can
 * create, such as an email the mail server refused.
 */
export async function e2eDatabase() {
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./tests/.data/e2e.db";
  const { prisma } = await import("~/utils/db.server.ts");
  return prisma;
}
