import { describe, expect, test } from "vitest";

import { createAccount } from "~/account/account.server.ts";
import {
  enroll,
  freeSeat,
  placePaidLearner,
  rebalanceSeats,
  releaseStaleHolds,
} from "~/cohorts/enrollment.server.ts";
import { prisma } from "~/utils/db.server.ts";

let seq = 0;
async function users(count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const user = await prisma.user.create({
      data: {
        email: `cohort-${Date.now()}-${++seq}@example.org`,
        name: `L${seq}`,
        passwordHash: "x",
      },
    });
    ids.push(user.id);
  }
  return ids;
}

async function cohort(capacity: number, priceCents = 0) {
  const trainer = await createAccount({
    name: "Trainer",
    email: `trainer-${Date.now()}-${++seq}@example.org`,
    password: "a long enough password",
    language: "fr",
  });
  return prisma.cohort.create({
    data: {
      trainerId: trainer!.id,
      title: "Atelier",
      description: "",
      language: "fr",
      startsOn: new Date(),
      endsOn: new Date(),
      capacity,
      priceCents,
      joinCode: `CODE${++seq}`,
    },
  });
}

const statuses = async (cohortId: string) =>
  (await prisma.enrollment.findMany({ where: { cohortId }, select: { status: true } })).map(
    (e) => e.status,
  );

describe("enrolment", () => {
  test("50 simultaneous enrolments for 10 seats: exactly 10 seats, 40 on the waiting list", async () => {
    const { id } = await cohort(10);
    const learners = await users(50);
    const results = await Promise.all(learners.map((userId) => enroll(id, userId)));
    expect(results.filter((r) => r.status === "enrolled")).toHaveLength(10);
    expect(results.filter((r) => r.status === "waiting")).toHaveLength(40);
    const stored = await statuses(id);
    expect(stored.filter((s) => s === "enrolled")).toHaveLength(10);
  });

  test("20 simultaneous enrolments for the last seat: one gets it, on either engine", async () => {
    // On PostgreSQL the enrolments run on separate pooled connections, as from several
    // instances; without the cohort row lock about half of them took the seat.
    const { id } = await cohort(3);
    const [first, second, ...others] = await users(22);
    await enroll(id, first!);
    await enroll(id, second!);
    const results = await Promise.all(others.map((userId) => enroll(id, userId)));
    expect(results.filter((r) => r.status === "enrolled")).toHaveLength(1);
    expect((await statuses(id)).filter((s) => s === "enrolled")).toHaveLength(3);
  });

  test("enrolling twice keeps one place", async () => {
    const { id } = await cohort(2);
    const [learner] = await users(1);
    expect(await enroll(id, learner!)).toMatchObject({ status: "enrolled", already: false });
    expect(await enroll(id, learner!)).toMatchObject({ status: "enrolled", already: true });
    expect(await prisma.enrollment.count({ where: { cohortId: id } })).toBe(1);
  });

  test("a freed seat goes to the first on the waiting list", async () => {
    const { id } = await cohort(1);
    const [first, second, third] = await users(3);
    await enroll(id, first!);
    await enroll(id, second!);
    await enroll(id, third!);
    const promoted = await freeSeat(id, first!);
    expect(promoted?.userId).toBe(second);
    const byUser = await prisma.enrollment.findMany({
      where: { cohortId: id },
      orderBy: { userId: "asc" },
    });
    expect(Object.fromEntries(byUser.map((e) => [e.userId, e.status]))).toEqual({
      [first!]: "removed",
      [second!]: "enrolled",
      [third!]: "waiting",
    });
  });

  test("a paid cohort holds the seat until the payment is confirmed", async () => {
    const { id } = await cohort(1, 4500);
    const [payer, other] = await users(2);
    const held = await enroll(id, payer!);
    expect(held.status).toBe("pending_payment");
    expect((await enroll(id, other!)).status).toBe("waiting");
    const paid = held.status === "pending_payment" ? held.enrollmentId : "";
    const placed = await prisma.$transaction((tx) => placePaidLearner(tx, paid));
    expect(placed.status).toBe("enrolled");
    expect((await statuses(id)).sort()).toEqual(["enrolled", "waiting"]);
  });

  test("a learner who pays after losing the seat goes first on the waiting list", async () => {
    const { id } = await cohort(1, 4500);
    const [payer, other, third] = await users(3);
    const held = await enroll(id, payer!);
    await enroll(id, other!);
    await freeSeat(id, payer!);
    await enroll(id, third!);
    const paid = held.status === "pending_payment" ? held.enrollmentId : "";
    const placed = await prisma.$transaction((tx) => placePaidLearner(tx, paid));
    expect(placed.status).toBe("waiting");
    await prisma.payment.create({
      data: {
        enrollmentId: paid,
        checkoutSessionId: `cs_test_${paid}`,
        checkoutUrl: "https://checkout.example/x",
        amountCents: 4500,
        currency: "EUR",
        status: "paid",
        expiresAt: new Date(),
      },
    });
    const promoted = await freeSeat(id, other!);
    expect(promoted).toMatchObject({ userId: payer, status: "enrolled" });
  });

  test("an expired payment releases the seat to the waiting list", async () => {
    const { id } = await cohort(1, 4500);
    const [payer, other] = await users(2);
    await enroll(id, payer!);
    await enroll(id, other!);
    const promoted = await freeSeat(id, payer!);
    expect(promoted).toMatchObject({ userId: other, status: "pending_payment" });
  });

  test("a seat held 48 hours without any payment goes to the next person", async () => {
    const { id } = await cohort(2, 4500);
    const [idle, paying, other] = await users(3);
    await enroll(id, idle!);
    const payingSeat = await enroll(id, paying!);
    await enroll(id, other!);
    const longAgo = new Date(Date.now() - 49 * 3600_000);
    await prisma.enrollment.updateMany({
      where: { cohortId: id, status: "pending_payment" },
      data: { updatedAt: longAgo },
    });
    await prisma.payment.create({
      data: {
        enrollmentId: payingSeat.status === "pending_payment" ? payingSeat.enrollmentId : "",
        checkoutSessionId: `cs_test_open_${id}`,
        checkoutUrl: "https://checkout.example/open",
        amountCents: 4500,
        currency: "EUR",
        expiresAt: new Date(Date.now() + 20 * 60_000),
      },
    });
    const changes = await releaseStaleHolds();
    expect(changes).toHaveLength(1);
    expect(changes[0]?.released.userId).toBe(idle);
    expect(changes[0]?.promoted).toMatchObject({ userId: other, status: "pending_payment" });
    expect(await releaseStaleHolds()).toEqual([]);
  });

  test("more seats go to the waiting list in order; a cohort made free confirms held seats", async () => {
    const { id } = await cohort(1, 4500);
    const [held, first, second, third] = await users(4);
    for (const learner of [held, first, second, third]) await enroll(id, learner!);
    await prisma.cohort.update({ where: { id }, data: { capacity: 3 } });
    const gained = await rebalanceSeats(id);
    expect(gained.map((e) => [e.userId, e.status])).toEqual([
      [first, "pending_payment"],
      [second, "pending_payment"],
    ]);
    await prisma.cohort.update({ where: { id }, data: { priceCents: 0 } });
    const confirmed = await rebalanceSeats(id);
    expect(confirmed.map((e) => e.userId).sort()).toEqual([held, first, second].sort());
    expect((await statuses(id)).sort()).toEqual(["enrolled", "enrolled", "enrolled", "waiting"]);
  });

  test("an archived cohort takes no enrolment", async () => {
    const { id } = await cohort(5);
    await prisma.cohort.update({ where: { id }, data: { archivedAt: new Date() } });
    const [learner] = await users(1);
    expect(await enroll(id, learner!)).toEqual({ status: "closed" });
  });
});
