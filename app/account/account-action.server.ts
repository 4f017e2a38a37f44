import { parseWithZod } from "@conform-to/zod/v4";
import { type AppLoadContext, data } from "@remix-run/node";

import { changePassword, requestEmailChange } from "~/account/account.server.ts";
import type { SessionUser } from "~/account/auth.server.ts";
import { allowPasswordCheck } from "~/account/rate-limits.server.ts";
import { changeEmailSchema, changePasswordSchema, profileSchema } from "~/account/schemas.ts";
import { getSessionId } from "~/account/session.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { prisma } from "~/utils/db.server.ts";
import { handleIntent } from "~/utils/intent.server.ts";

type Notice = "profileSaved" | "emailSent" | "passwordChanged";

/** The account page's three forms, told apart by their `intent` field. */
export async function handleAccountAction(
  request: Request,
  user: SessionUser,
  lang: Language,
  origin: string,
  context: AppLoadContext,
) {
  const formData = await request.formData();
  const intent = String(formData.get("intent"));
  const done = (notice: Notice, result: object) => ({ intent, result, notice });
  const failed = (result: object, status = 400) =>
    data({ intent, result, notice: null }, { status });
  // The password asked again is counted before it is checked (per account and per address).
  const tooManyTries = async () => !(await allowPasswordCheck(context, user.id));

  return handleIntent(formData, {
    profile: async () => {
      const submission = parseWithZod(formData, { schema: profileSchema });
      if (submission.status !== "success") return failed(submission.reply());
      await prisma.user.update({
        where: { id: user.id },
        data: { name: submission.value.name, language: submission.value.language },
      });
      return done("profileSaved", submission.reply());
    },
    email: async () => {
      const submission = parseWithZod(formData, { schema: changeEmailSchema });
      const hideFields = ["password"];
      if (submission.status !== "success") return failed(submission.reply({ hideFields }));
      if (await tooManyTries()) {
        return failed(
          submission.reply({ fieldErrors: { password: ["errors.rateLimited"] }, hideFields }),
          429,
        );
      }
      const outcome = await requestEmailChange(user.id, submission.value, lang, origin);
      if (outcome === "wrong-password") {
        return failed(
          submission.reply({ fieldErrors: { password: ["errors.passwordWrong"] }, hideFields }),
        );
      }
      if (outcome === "taken") {
        return failed(
          submission.reply({ fieldErrors: { email: ["errors.emailTaken"] }, hideFields }),
        );
      }
      return done("emailSent", submission.reply({ resetForm: true }));
    },
    password: async () => {
      const submission = parseWithZod(formData, { schema: changePasswordSchema });
      const hideFields = ["current", "password", "confirm"];
      if (submission.status !== "success") return failed(submission.reply({ hideFields }));
      if (await tooManyTries()) {
        return failed(
          submission.reply({ fieldErrors: { current: ["errors.rateLimited"] }, hideFields }),
          429,
        );
      }
      const { current, password } = submission.value;
      if (!(await changePassword(user.id, current, password, await getSessionId(request)))) {
        return failed(
          submission.reply({ fieldErrors: { current: ["errors.passwordWrong"] }, hideFields }),
        );
      }
      return done("passwordChanged", submission.reply({ resetForm: true }));
    },
  });
}
