import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";

import { changePassword, requestEmailChange } from "~/account/account.server.ts";
import type { SessionUser } from "~/account/auth.server.ts";
import { changeEmailSchema, changePasswordSchema, profileSchema } from "~/account/schemas.ts";
import { getSessionId } from "~/account/session.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { prisma } from "~/utils/db.server.ts";

type Notice = "profileSaved" | "emailSent" | "passwordChanged";

/** The account page's three forms, told apart by their `intent` field. */
export async function handleAccountAction(
  request: Request,
  user: SessionUser,
  lang: Language,
  origin: string,
) {
  const formData = await request.formData();
  const intent = String(formData.get("intent"));
  const done = (notice: Notice, result: object) => ({ intent, result, notice });
  const failed = (result: object, status = 400) =>
    data({ intent, result, notice: null }, { status });

  if (intent === "profile") {
    const submission = parseWithZod(formData, { schema: profileSchema });
    if (submission.status !== "success") return failed(submission.reply());
    await prisma.user.update({
      where: { id: user.id },
      data: { name: submission.value.name, language: submission.value.language },
    });
    return done("profileSaved", submission.reply());
  }
  if (intent === "email") {
    const submission = parseWithZod(formData, { schema: changeEmailSchema });
    if (submission.status !== "success")
      return failed(submission.reply({ hideFields: ["password"] }));
    const outcome = await requestEmailChange(user.id, submission.value, lang, origin);
    if (outcome === "wrong-password") {
      return failed(
        submission.reply({
          fieldErrors: { password: ["errors.passwordWrong"] },
          hideFields: ["password"],
        }),
      );
    }
    if (outcome === "taken") {
      return failed(
        submission.reply({
          fieldErrors: { email: ["errors.emailTaken"] },
          hideFields: ["password"],
        }),
      );
    }
    return done("emailSent", submission.reply({ resetForm: true }));
  }
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
  if (submission.status !== "success") {
    return failed(submission.reply({ hideFields: ["current", "password", "confirm"] }));
  }
  const { current, password } = submission.value;
  if (!(await changePassword(user.id, current, password, await getSessionId(request)))) {
    return failed(
      submission.reply({
        fieldErrors: { current: ["errors.passwordWrong"] },
        hideFields: ["current", "password", "confirm"],
      }),
    );
  }
  return done("passwordChanged", submission.reply({ resetForm: true }));
}
