import { parseRole, type Role } from "~/account/roles.ts";
import { prisma } from "~/utils/db.server.ts";

/** Every account, oldest first, for the admins' list. */
export async function listUsers() {
  const users = await prisma.user.findMany({
    select: { id: true, name: true, email: true, role: true },
    orderBy: { createdAt: "asc" },
  });
  return users.map((user) => ({ ...user, role: parseRole(user.role) }));
}

/**
 * An admin gives a user another role. Admins, the one asking included, keep theirs: the admin
 * role is given and kept by `npm run admin` only. Null when there is no such user to change.
 */
export async function changeRole(adminId: string, userId: string, role: Exclude<Role, "admin">) {
  const target = await prisma.user.findUnique({ where: { id: userId } });
  if (!target || parseRole(target.role) === "admin" || target.id === adminId) return null;
  await prisma.user.update({ where: { id: target.id }, data: { role } });
  return { name: target.name, role };
}
