import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { describe, expect, test } from "vitest";

import { prisma } from "~/utils/db.server.ts";
import { Lock, retryWhileBusy } from "~/utils/sqlite-adapter.server.ts";

const run = promisify(execFile);

async function trainerCohort() {
  const trainer = await prisma.user.create({
    data: { email: `t-${crypto.randomUUID()}@example.org`, name: "T", passwordHash: "x" },
  });
  return prisma.cohort.create({
    data: {
      trainerId: trainer.id,
      title: "Atelier",
      description: "",
      language: "fr",
      startsOn: new Date(),
      endsOn: new Date(),
      capacity: 10,
      joinCode: crypto.randomUUID().slice(0, 8),
    },
  });
}

describe("the SQLite connection", () => {
  test("a write made while another request's transaction is open survives its rollback", async () => {
    const key = `outside-${crypto.randomUUID()}`;
    let outside: Promise<unknown> | undefined;
    const failed = prisma.$transaction(async (tx) => {
      await tx.rateLimitHit.create({ data: { key: "inside" } });
      // A Prisma query starts when it is awaited or chained: start it now.
      outside = prisma.rateLimitHit.create({ data: { key } }).then(() => "written");
      // Give the other request every chance to run on the connection before the rollback.
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error("rolled back");
    });
    await expect(failed).rejects.toThrow("rolled back");
    expect(await outside).toBe("written");
    expect(await prisma.rateLimitHit.count({ where: { key } })).toBe(1);
    expect(await prisma.rateLimitHit.count({ where: { key: "inside" } })).toBe(0);
  });

  test("runs in WAL mode with a short busy timeout", async () => {
    const [journal] =
      await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [busy] = await prisma.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBeLessThanOrEqual(50);
  });

  test("several processes on one file lose no update and no write", async () => {
    const cohort = await trainerCohort();
    const key = `process-${crypto.randomUUID()}`;
    const writer = (rounds: number) =>
      run("npx", ["tsx", "tests/unit/sqlite-writer.ts", cohort.id, String(rounds), key], {
        env: process.env,
      });
    const inThisProcess = async (rounds: number) => {
      for (let i = 0; i < rounds; i++) {
        await prisma.$transaction(async (tx) => {
          const { seatsVersion } = await tx.cohort.findUniqueOrThrow({ where: { id: cohort.id } });
          await tx.cohort.update({
            where: { id: cohort.id },
            data: { seatsVersion: seatsVersion + 1 },
          });
        });
        await prisma.rateLimitHit.create({ data: { key } });
      }
    };
    await Promise.all([writer(60), writer(60), inThisProcess(60)]);
    const after = await prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id } });
    expect(after.seatsVersion).toBe(180);
    expect(await prisma.rateLimitHit.count({ where: { key } })).toBe(180);
  }, 60_000);
});

describe("Lock", () => {
  test("lets holders through one at a time, in the order they asked", async () => {
    const lock = new Lock();
    const events: string[] = [];
    const hold = (name: string) =>
      lock.run(async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`${name} out`);
      });
    await Promise.all([hold("a"), hold("b"), hold("c")]);
    expect(events).toEqual(["a in", "a out", "b in", "b out", "c in", "c out"]);
  });

  test("a release called twice frees the lock once", async () => {
    const lock = new Lock();
    const release = await lock.acquire();
    const next = lock.acquire();
    release();
    release();
    const releaseNext = await next;
    let third = false;
    const pending = lock.acquire().then(() => (third = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(third).toBe(false);
    releaseNext();
    await pending;
    expect(third).toBe(true);
  });
});

describe("retryWhileBusy", () => {
  const busy = Object.assign(new Error("database is locked"), {
    cause: { originalCode: "SQLITE_BUSY" },
  });

  test("tries again while the database is busy", async () => {
    let calls = 0;
    const result = await retryWhileBusy(async () => {
      if (++calls < 4) throw busy;
      return "done";
    });
    expect(result).toBe("done");
    expect(calls).toBe(4);
  });

  test("gives up after the deadline and passes other errors at once", async () => {
    await expect(retryWhileBusy(() => Promise.reject(busy), 10)).rejects.toBe(busy);
    let calls = 0;
    const other = new Error("constraint");
    await expect(
      retryWhileBusy(() => {
        calls++;
        return Promise.reject(other);
      }),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
