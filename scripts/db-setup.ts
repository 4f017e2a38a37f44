import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "../app/utils/database-url.ts";

/**
 * Prepares a local platform: a `.env` with a random session secret (once), the SQLite
 * database with every migration applied, and the demo data.
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

const prisma = (...args: string[]) =>
  execFileSync("npx", ["prisma", ...args], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });

prisma("migrate", "deploy");
prisma("db", "seed");
