import { expect, test } from "vitest";

import { trainerCohorts } from "~/cohorts/cohorts.server.ts";
import { prisma } from "~/utils/db.server.ts";

test("a trainer's cohorts: current ones first (latest start first), archived ones last", async () => {
  const trainer = await prisma.user.create({
    data: { email: `trainer-${crypto.randomUUID()}@example.org`, name: "T", passwordHash: "x" },
  });
  const cohort = (title: string, startsOn: string, archivedAt: Date | null) =>
    prisma.cohort.create({
      data: {
        trainerId: trainer.id,
        title,
        description: "",
        language: "fr",
        startsOn: new Date(startsOn),
        endsOn: new Date(startsOn),
        capacity: 10,
        joinCode: crypto.randomUUID().slice(0, 8),
        archivedAt,
      },
    });
  await cohort("archived", "2026-12-01", new Date());
  await cohort("earlier", "2027-01-10", null);
  await cohort("later", "2027-02-10", null);
  const titles = (await trainerCohorts(trainer.id)).map((c) => c.title);
  expect(titles).toEqual(["later", "earlier", "archived"]);
});
