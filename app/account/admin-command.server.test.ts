import { describe, expect, test } from "vitest";

import { createAccount } from "~/account/account.server.ts";
import { adminCommand } from "~/account/admin-command.server.ts";
import { verifyPassword } from "~/account/password.server.ts";
import { prisma } from "~/utils/db.server.ts";

const PASSWORD = "a long admin password";
const typed = (password: string) => async () => password;
const notAsked = async (): Promise<string> => {
  throw new Error("the password was asked for");
};

describe("npm run admin", () => {
  test("create makes an admin account with a normalised email and an argon2id password hash", async () => {
    const message = await adminCommand(
      ["create", "--email", " Ada@Admin.Example ", "--name", "Ada", "--language", "fr"],
      typed(PASSWORD),
    );
    expect(message).toBe("Created the admin account ada@admin.example.");
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ada@admin.example" } });
    expect(user).toMatchObject({ name: "Ada", role: "admin", language: "fr" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
  });

  test("create refuses a used email before asking for the password, and a short password", async () => {
    await adminCommand(
      ["create", "--email", "taken@admin.example", "--name", "T"],
      typed(PASSWORD),
    );
    await expect(
      adminCommand(["create", "--email", "taken@admin.example", "--name", "T"], notAsked),
    ).rejects.toThrow("npm run admin -- promote --email taken@admin.example");
    await expect(
      adminCommand(["create", "--email", "short@admin.example", "--name", "S"], typed("short")),
    ).rejects.toThrow("The password needs at least 10 characters.");
    expect(await prisma.user.count({ where: { email: "short@admin.example" } })).toBe(0);
  });

  test("promote makes an existing account an admin, once", async () => {
    const learner = await createAccount({
      name: "Lea",
      email: "lea@admin.example",
      password: PASSWORD,
      language: "en",
    });
    expect(await adminCommand(["promote", "--email", "LEA@admin.example"], notAsked)).toBe(
      "lea@admin.example is now an admin (it was a learner).",
    );
    const user = await prisma.user.findUniqueOrThrow({ where: { id: learner!.id } });
    expect(user.role).toBe("admin");
    expect(await adminCommand(["promote", "--email", "lea@admin.example"], notAsked)).toBe(
      "lea@admin.example is already an admin.",
    );
    await expect(
      adminCommand(["promote", "--email", "nobody@admin.example"], notAsked),
    ).rejects.toThrow("No account uses nobody@admin.example");
  });

  test("invalid input is reported in words, with the usage", async () => {
    const invalid = [
      [
        ["create", "--email", "not-an-email", "--name", "X"],
        "--email: Enter an email address like",
      ],
      [["create", "--email", "x@admin.example"], "--name: Enter your name."],
      [
        ["create", "--email", "x@admin.example", "--name", "X", "--language", "de"],
        "--language: Choose one",
      ],
      [["promote"], "--email: Enter your email address."],
      [["delete", "--email", "x@admin.example"], "Unknown command: use create or promote."],
      [[], "Name one command"],
      [["promote", "--email", "x@admin.example", "--role", "admin"], "Unknown option '--role'"],
    ] as const;
    for (const [args, message] of invalid)
      await expect(adminCommand([...args], notAsked), args.join(" ")).rejects.toThrow(message);
  });
});
