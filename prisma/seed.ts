import { hash } from "@node-rs/argon2";

import { prisma } from "~/utils/db.server.ts";

import { DEMO_ACCOUNTS } from "./demo-accounts.ts";

/**
 * Demo accounts for a local platform (`npm run db:seed:demo`, and `npm run db:setup` outside
 * production); re-running the seed resets their passwords. Never in production: their
 * passwords are public.
 */
if (process.env.NODE_ENV === "production") {
  console.error("NODE_ENV is production: demo accounts are not created there.");
  process.exit(1);
}
for (const account of DEMO_ACCOUNTS) {
  const passwordHash = await hash(account.password);
  const data = { name: account.name, role: account.role, language: account.language, passwordHash };
  await prisma.user.upsert({
    where: { email: account.email },
    update: data,
    create: { email: account.email, ...data },
  });
}
console.log(`Seeded ${DEMO_ACCOUNTS.length} demo accounts.`);
await prisma.$disconnect();
