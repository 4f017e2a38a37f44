import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { databaseUrl } from "~/utils/database-url.ts";

/**
 * Prepares a platform: a `.env` with a random session secret (once), the database that
 * `DATABASE_URL` names (SQLite or PostgreSQL) with every migration applied, and, except in
 * production, the demo accounts.
 */
if (!existsSync(".env")) {
  writeFileSync(
    ".env",
    `SESSION_SECRET="${randomBytes(32).toString("hex")}"\nPUBLIC_URL="http://localhost:${process.env.PORT ?? 3000}"\n`,
  );
  console.log("Wrote .env with a new SESSION_SECRET and the local PUBLIC_URL.");
}

const url = databaseUrl();
if (url.startsWith("file:"))
  mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });

const run = (command: string, ...args: string[]) =>
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });

run("npx", "prisma", "migrate", "deploy");
if (process.env.NODE_ENV === "production") {
  console.log("Production: no demo accounts. Create the first admin with npm run admin -- create.");
} else {
  run("npx", "tsx", "prisma/seed.ts");
}
