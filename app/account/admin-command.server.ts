import { parseArgs } from "node:util";

import { z } from "zod";

import { hashPassword } from "~/account/password.server.ts";
import { parseRole, type Role } from "~/account/roles.ts";
import { email, language, name, newPassword } from "~/account/schemas.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { DEFAULT_LANGUAGE } from "~/i18n/languages.ts";
import { resources } from "~/i18n/locales.server.ts";
import { isUniqueViolation, prisma } from "~/utils/db.server.ts";

export const ADMIN_USAGE = `Usage:
  npm run admin -- create --email <email> --name <name> [--language en|fr|it|es]
      (the password comes from ADMIN_PASSWORD, or is asked for in a terminal)
  npm run admin -- promote --email <email>`;

const commandSchema = z.discriminatedUnion(
  "command",
  [
    z.object({
      command: z.literal("create"),
      email,
      name,
      language: language.default(DEFAULT_LANGUAGE),
    }),
    z.object({ command: z.literal("promote"), email }),
  ],
  { error: "Unknown command: use create or promote." },
);

/** A mistake in the command or its input, with the message to show. */
export class AdminCommandError extends Error {}

const ACCOUNT_ERRORS = resources.en.account.errors;

/** Whether a schema's message is one of the account forms' error keys. */
const isAccountError = (message: string): message is `errors.${keyof typeof ACCOUNT_ERRORS}` =>
  message.startsWith("errors.") && Object.hasOwn(ACCOUNT_ERRORS, message.slice("errors.".length));

/** The schemas' messages are the account forms' translation keys: shown here in English. */
function validate<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const t = getFixedT("en", "account");
  const lines = result.error.issues.map((issue) => {
    const option = issue.path[0];
    const field = typeof option === "string" && option !== "command" ? `--${option}: ` : "";
    return `${field}${isAccountError(issue.message) ? t(issue.message) : issue.message}`;
  });
  throw new AdminCommandError(`${lines.join("\n")}\n\n${ADMIN_USAGE}`);
}

function parse(args: string[]) {
  try {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        language: { type: "string" },
      },
    });
    if (positionals.length !== 1) throw new Error("Name one command: create or promote.");
    return validate(commandSchema, { command: positionals[0], ...values });
  } catch (error) {
    if (error instanceof AdminCommandError) throw error;
    throw new AdminCommandError(`${(error as Error).message}\n\n${ADMIN_USAGE}`);
  }
}

/**
 * `npm run admin -- …`: creates an admin account, or makes an existing account an admin.
 * The password is asked for only once the rest is known to be usable. Returns what was done.
 */
export async function adminCommand(args: string[], readPassword: () => Promise<string>) {
  const command = parse(args);
  const existing = await prisma.user.findUnique({
    where: { email: command.email },
    select: { id: true, role: true },
  });

  if (command.command === "promote") {
    if (!existing)
      throw new AdminCommandError(
        `No account uses ${command.email}. Create one with: npm run admin -- create --email ${command.email} --name <name>`,
      );
    if (parseRole(existing.role) === "admin") return `${command.email} is already an admin.`;
    await prisma.user.update({
      where: { id: existing.id },
      data: { role: "admin" satisfies Role },
    });
    return `${command.email} is now an admin (it was a ${existing.role}).`;
  }

  const taken = () =>
    new AdminCommandError(
      `An account already uses ${command.email}. Make it an admin with: npm run admin -- promote --email ${command.email}`,
    );
  if (existing) throw taken();
  const password = validate(newPassword, await readPassword());
  try {
    await prisma.user.create({
      data: {
        email: command.email,
        name: command.name,
        language: command.language,
        role: "admin" satisfies Role,
        passwordHash: await hashPassword(password),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  return `Created the admin account ${command.email}.`;
}
