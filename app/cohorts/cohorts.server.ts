import { randomBytes } from "node:crypto";

import type { SessionUser } from "~/account/auth.server.ts";
import type { CohortInput, LiveSessionInput } from "~/cohorts/cohort-schema.ts";
import { type EnrollmentStatus, parseActiveEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { zonedTimeToUtc } from "~/cohorts/time-zones.ts";
import { findCourse } from "~/content/queries.server.ts";
import type { PaymentStatus } from "~/payments/payment-status.ts";
import { prisma } from "~/utils/db.server.ts";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short join code, easy to read out and type: 6 characters without 0/O or 1/I. */
export function newJoinCode() {
  return [...randomBytes(6)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);
const knownCourses = (slugs: string[]) => [...new Set(slugs)].filter((slug) => findCourse(slug));

const cohortData = (input: CohortInput) => ({
  title: input.title,
  description: input.description,
  language: input.language,
  startsOn: dayToDate(input.startsOn),
  endsOn: dayToDate(input.endsOn),
  capacity: input.capacity,
  priceCents: Math.round(input.price * 100),
});

export function createCohort(trainerId: string, input: CohortInput) {
  return prisma.cohort.create({
    data: {
      ...cohortData(input),
      trainerId,
      joinCode: newJoinCode(),
      courses: { create: knownCourses(input.courses).map((course) => ({ course })) },
    },
  });
}

export async function updateCohort(id: string, input: CohortInput) {
  await prisma.$transaction([
    prisma.cohortCourse.deleteMany({ where: { cohortId: id } }),
    prisma.cohort.update({
      where: { id },
      data: {
        ...cohortData(input),
        courses: { create: knownCourses(input.courses).map((course) => ({ course })) },
      },
    }),
  ]);
}

/** A trainer's own cohort (admins see every cohort); null for anyone else's id. */
export async function findOwnCohort(user: SessionUser, id: string) {
  const cohort = await prisma.cohort.findFirst({
    where: { id, ...(user.role === "admin" ? {} : { trainerId: user.id }) },
    include: {
      courses: true,
      sessions: { orderBy: { startsAt: "asc" }, include: { attendance: true } },
      enrollments: {
        where: { status: { not: "removed" satisfies EnrollmentStatus } },
        include: {
          user: { select: { id: true, name: true, email: true } },
          payments: { where: { status: "paid" satisfies PaymentStatus }, select: { id: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  return (
    cohort && {
      ...cohort,
      enrollments: cohort.enrollments.map((e) => ({
        ...e,
        status: parseActiveEnrollmentStatus(e.status),
      })),
    }
  );
}

/**
 * Learners who paid but have no seat (they paid after losing a held seat, in a full cohort):
 * the trainer must see them, to add a seat or refund them.
 */
export function paidWithoutSeat(
  enrollments: { status: EnrollmentStatus; payments: unknown[]; user: { name: string } }[],
) {
  return enrollments
    .filter((e) => e.status === "waiting" && e.payments.length > 0)
    .map((e) => e.user.name);
}

export function trainerCohorts(trainerId: string) {
  return prisma.cohort.findMany({
    where: { trainerId },
    // NULLs sort first in SQLite, last in PostgreSQL: say which.
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { startsOn: "desc" }],
    include: {
      _count: {
        select: { enrollments: { where: { status: "enrolled" satisfies EnrollmentStatus } } },
      },
    },
  });
}

export function findCohortByCode(code: string) {
  return prisma.cohort.findUnique({
    where: { joinCode: code.trim().toUpperCase() },
    include: {
      courses: true,
      sessions: { orderBy: { startsAt: "asc" } },
      trainer: { select: { name: true } },
    },
  });
}

export const regenerateJoinCode = (id: string) =>
  prisma.cohort.update({ where: { id }, data: { joinCode: newJoinCode() } });

export const archiveCohort = (id: string) =>
  prisma.cohort.update({ where: { id }, data: { archivedAt: new Date() } });

export function addLiveSession(cohortId: string, input: LiveSessionInput) {
  return prisma.liveSession.create({
    data: {
      cohortId,
      startsAt: zonedTimeToUtc(input.date, input.time, input.timeZone),
      timeZone: input.timeZone,
      durationMinutes: input.durationMinutes,
      place: input.place,
    },
  });
}

export const removeLiveSession = (cohortId: string, id: string) =>
  prisma.liveSession.deleteMany({ where: { id, cohortId } });

/** Records who came to a live session; only the cohort's learners count. */
export async function recordAttendance(
  cohortId: string,
  sessionId: string,
  presentUserIds: string[],
) {
  const session = await prisma.liveSession.findFirst({ where: { id: sessionId, cohortId } });
  if (!session) return false;
  const learners = await prisma.enrollment.findMany({
    where: { cohortId, status: "enrolled" satisfies EnrollmentStatus },
    select: { userId: true },
  });
  await prisma.$transaction(
    learners.map(({ userId }) =>
      prisma.attendance.upsert({
        where: { sessionId_userId: { sessionId, userId } },
        create: { sessionId, userId, present: presentUserIds.includes(userId) },
        update: { present: presentUserIds.includes(userId) },
      }),
    ),
  );
  return true;
}
