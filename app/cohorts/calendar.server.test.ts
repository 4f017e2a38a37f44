import { expect, test } from "vitest";

import { parseRole } from "~/account/roles.ts";
import { cohortCalendar } from "~/cohorts/calendar.server.ts";
import { prisma } from "~/utils/db.server.ts";

let seq = 0;
const person = async (role = "learner") => {
  const user = await prisma.user.create({
    data: {
      email: `ics-${Date.now()}-${++seq}@example.org`,
      name: `I${seq}`,
      passwordHash: "x",
      role,
    },
  });
  return { id: user.id, role: parseRole(user.role) };
};

test("the calendar is for the trainer, admins and enrolled learners only", async () => {
  const [trainer, admin, enrolled, waiting, stranger] = [
    await person("trainer"),
    await person("admin"),
    await person(),
    await person(),
    await person(),
  ];
  const cohort = await prisma.cohort.create({
    data: {
      trainerId: trainer.id,
      title: "Atelier",
      description: "",
      language: "fr",
      startsOn: new Date(),
      endsOn: new Date(),
      capacity: 1,
      joinCode: `ICS${Date.now() % 100000}${++seq}`,
      sessions: {
        create: [
          { startsAt: new Date(), timeZone: "Europe/Paris", durationMinutes: 60, place: "Salle 1" },
        ],
      },
      enrollments: {
        create: [
          { userId: enrolled.id, status: "enrolled" },
          { userId: waiting.id, status: "waiting" },
        ],
      },
    },
  });
  for (const user of [trainer, admin, enrolled]) {
    const calendar = await cohortCalendar(cohort.id, user);
    expect(calendar?.filename).toBe(`cohort-${cohort.joinCode}.ics`);
    expect(calendar?.ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  }
  for (const user of [waiting, stranger]) expect(await cohortCalendar(cohort.id, user)).toBeNull();
  expect(await cohortCalendar("no-such-cohort", admin)).toBeNull();
});
