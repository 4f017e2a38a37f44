import { expect, test } from "vitest";

import { changeRole, listUsers } from "~/account/user-admin.server.ts";
import { prisma } from "~/utils/db.server.ts";

let seq = 0;
const person = (role = "learner") =>
  prisma.user.create({
    data: {
      email: `roles-${Date.now()}-${++seq}@example.org`,
      name: `R${seq}`,
      passwordHash: "x",
      role,
    },
  });

test("an admin changes a learner's role, never an admin's, their own included", async () => {
  const [admin, other, learner] = [await person("admin"), await person("admin"), await person()];
  expect(await changeRole(admin.id, learner.id, "trainer")).toEqual({
    name: learner.name,
    role: "trainer",
  });
  expect((await listUsers()).find((u) => u.id === learner.id)?.role).toBe("trainer");
  expect(await changeRole(admin.id, other.id, "learner")).toBeNull();
  expect(await changeRole(admin.id, admin.id, "learner")).toBeNull();
  expect(await changeRole(admin.id, "no-such-user", "learner")).toBeNull();
  const roles = await prisma.user.findMany({ where: { id: { in: [admin.id, other.id] } } });
  expect(roles.map((u) => u.role)).toEqual(["admin", "admin"]);
});
