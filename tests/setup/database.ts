import { copyFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";

/** A fresh database for this test file, set before any module opens the Prisma client. */
const file = `tests/.data/unit-${randomUUID()}.db`;
copyFileSync("tests/.data/unit-template.db", file);
process.env.DATABASE_URL = `file:./${file}`;
process.env.OUTBOX_DIR = `tests/.data/outbox-unit`;

afterAll(async () => {
  const { prisma } = await import("../../app/utils/db.server.ts");
  await prisma.$disconnect();
  rmSync(file, { force: true });
});
