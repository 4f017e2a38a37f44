import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "../app/utils/database-url.ts";

/** Creates the SQLite database if needed, applies every migration, and seeds the demo data. */
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
