import { describe, expect, test } from "vitest";

import type { Mail } from "~/mail/mail.server.ts";
import { emailsInTrouble, queueMail, retryEmail } from "~/mail/outbox.server.ts";
import {
  deliverDueEmails,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MINUTES,
} from "~/mail/outbox-worker.server.ts";
import { prisma } from "~/utils/db.server.ts";

const MINUTE = 60_000;
let seq = 0;
const address = () => `outbox-${Date.now()}-${++seq}@example.org`;
const mail = (to: string): Mail => ({ to, subject: `Subject ${seq}`, text: "Hello" });
const emailTo = (to: string) => prisma.outboxEmail.findFirstOrThrow({ where: { to } });

/** A transport that records what it sends, only for the given addresses. */
function recorder(addresses: string[]) {
  const sent: string[] = [];
  return {
    sent,
    transport: async (m: Mail) => {
      if (addresses.includes(m.to)) sent.push(m.to);
    },
  };
}

describe("email outbox", () => {
  test("an email queued in a transaction that rolls back is never sent", async () => {
    const to = address();
    await expect(
      prisma.$transaction(async (tx) => {
        await queueMail(tx, mail(to));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const { sent, transport } = recorder([to]);
    await deliverDueEmails({ transport });
    expect(await prisma.outboxEmail.count({ where: { to } })).toBe(0);
    expect(sent).toEqual([]);
  });

  test("a committed email is delivered once and marked sent", async () => {
    const to = address();
    await prisma.$transaction((tx) => queueMail(tx, mail(to)));
    const { sent, transport } = recorder([to]);
    await deliverDueEmails({ transport });
    await deliverDueEmails({ transport });
    expect(sent).toEqual([to]);
    expect(await emailTo(to)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  test("a failed delivery is retried with backoff, then marked failed after the last attempt", async () => {
    const to = address();
    await queueMail(prisma, mail(to));
    let now = new Date();
    let tries = 0;
    const failing = async (m: Mail) => {
      if (m.to !== to) return;
      tries++;
      throw new Error("550 mailbox unavailable");
    };
    await deliverDueEmails({ now, transport: failing });
    for (const [i, minutes] of RETRY_DELAYS_MINUTES.entries()) {
      const email = await emailTo(to);
      expect(email).toMatchObject({
        status: "pending",
        attempts: i + 1,
        lastError: "550 mailbox unavailable",
      });
      expect(email.nextAttemptAt).toEqual(new Date(now.getTime() + minutes * MINUTE));
      // Not due yet: nothing happens a moment before the retry.
      await deliverDueEmails({
        now: new Date(email.nextAttemptAt.getTime() - 1),
        transport: failing,
      });
      expect(tries).toBe(i + 1);
      now = email.nextAttemptAt;
      await deliverDueEmails({ now, transport: failing });
    }
    expect(tries).toBe(MAX_ATTEMPTS);
    expect(await emailTo(to)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    await deliverDueEmails({
      now: new Date(now.getTime() + 365 * 24 * 60 * MINUTE),
      transport: failing,
    });
    expect(tries).toBe(MAX_ATTEMPTS);

    const [listed] = (await emailsInTrouble()).filter((e) => e.to === to);
    expect(listed).toMatchObject({ status: "failed", lastError: "550 mailbox unavailable" });
    expect(await retryEmail(listed!.id)).toBe(true);
    const { sent, transport } = recorder([to]);
    await deliverDueEmails({ transport });
    expect(sent).toEqual([to]);
    expect(await emailTo(to)).toMatchObject({ status: "sent", attempts: 1 });
    expect(await retryEmail(listed!.id)).toBe(false);
  });

  test("an email late in its pending state is listed; one being delivered cannot be retried", async () => {
    const to = address();
    await queueMail(prisma, mail(to));
    const { id } = await emailTo(to);
    await prisma.outboxEmail.update({
      where: { id },
      data: { createdAt: new Date(Date.now() - 60 * MINUTE) },
    });
    expect((await emailsInTrouble()).map((e) => e.id)).toContain(id);
    // Claimed by a worker (its lease running, no error yet): left alone.
    await prisma.outboxEmail.update({
      where: { id },
      data: { attempts: 1, nextAttemptAt: new Date(Date.now() + 5 * MINUTE) },
    });
    expect(await retryEmail(id)).toBe(false);
  });

  test("two workers delivering at the same time send each email once", async () => {
    const addresses = Array.from({ length: 30 }, address);
    for (const to of addresses) await queueMail(prisma, mail(to));
    const first = recorder(addresses);
    const second = recorder(addresses);
    await Promise.all([
      deliverDueEmails({ transport: first.transport }),
      deliverDueEmails({ transport: second.transport }),
    ]);
    expect([...first.sent, ...second.sent].sort()).toEqual([...addresses].sort());
    const statuses = await prisma.outboxEmail.findMany({
      where: { to: { in: addresses } },
      select: { status: true, attempts: true },
    });
    expect(statuses.every((s) => s.status === "sent" && s.attempts === 1)).toBe(true);
  });
});
