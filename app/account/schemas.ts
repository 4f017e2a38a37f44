import { z } from "zod";

import { LANGUAGES } from "~/i18n/languages.ts";

/**
 * The account forms' schemas, used in the browser and again in the actions. Messages are
 * translation keys of the "account" namespace, so each side shows them in the page's language.
 */
export const email = z
  .string({ error: "errors.emailRequired" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "errors.emailInvalid" }).max(254, { error: "errors.emailInvalid" }));
export const newPassword = z
  .string({ error: "errors.passwordRequired" })
  .min(10, { error: "errors.passwordShort" })
  .max(200, { error: "errors.passwordLong" });
const currentPassword = z
  .string({ error: "errors.passwordRequired" })
  .min(1, { error: "errors.passwordRequired" });
export const name = z
  .string({ error: "errors.nameRequired" })
  .trim()
  .min(1, { error: "errors.nameRequired" })
  .max(100, { error: "errors.nameLong" });
export const language = z.enum(LANGUAGES, { error: "errors.languageInvalid" });

export const signupSchema = z.object({
  name,
  email,
  password: newPassword,
  language,
  consent: z.literal("on", { error: "errors.consentRequired" }),
});

export const loginSchema = z.object({ email, password: currentPassword });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ token: z.string().min(1), password: newPassword, confirm: z.string().optional() })
  .refine((v) => v.password === v.confirm, { error: "errors.passwordsDiffer", path: ["confirm"] });

export const profileSchema = z.object({ intent: z.literal("profile"), name, language });

export const changeEmailSchema = z.object({
  intent: z.literal("email"),
  email,
  password: currentPassword,
});

export const changePasswordSchema = z
  .object({
    intent: z.literal("password"),
    current: currentPassword,
    password: newPassword,
    confirm: z.string().optional(),
  })
  .refine((v) => v.password === v.confirm, { error: "errors.passwordsDiffer", path: ["confirm"] });

export const deleteAccountSchema = z.object({
  password: currentPassword,
  confirm: z.literal("on", { error: "errors.deleteConfirm" }),
});
