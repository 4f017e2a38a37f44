import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";

import { adminCommand, AdminCommandError } from "~/account/admin-command.server.ts";
import { prisma } from "~/utils/db.server.ts";

/** Reads a line from the terminal without showing what is typed. */
async function ask(question: string) {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true });
  reader.on("SIGINT", () => {
    process.stdout.write("\n");
    process.exit(130);
  });
  try {
    return await reader.question("");
  } catch {
    throw new AdminCommandError("No password given.");
  } finally {
    reader.close();
    process.stdout.write("\n");
  }
}

/** ADMIN_PASSWORD if set, else typed twice in a terminal. */
async function readPassword() {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY)
    throw new AdminCommandError("Set ADMIN_PASSWORD, or run the command in a terminal.");
  const password = await ask("Password for the admin account: ");
  if ((await ask("The same password again: ")) !== password)
    throw new AdminCommandError("The two passwords are not the same.");
  return password;
}

try {
  console.log(await adminCommand(process.argv.slice(2), readPassword));
} catch (error) {
  if (!(error instanceof AdminCommandError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
