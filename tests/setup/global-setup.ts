import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

export const TEMPLATE_DB = "tests/.data/unit-template.db";

/** Migrates one template SQLite database; each test file then works on its own copy. */
export default function setup() {
  mkdirSync("tests/.data", { recursive: true });
  rmSync(TEMPLATE_DB, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:./${TEMPLATE_DB}` },
    stdio: "ignore",
  });
}
