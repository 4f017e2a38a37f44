import {
  getFormProps,
  getInputProps,
  getSelectProps,
  type SubmissionResult,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { handleAccountAction } from "~/account/account-action.server.ts";
import { requireUser } from "~/account/auth.server.ts";
import { changeEmailSchema, changePasswordSchema, profileSchema } from "~/account/schemas.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { FieldErrors, FormField } from "~/components/form-field.tsx";
import { LanguageOptions } from "~/components/language-options.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { publicOrigin } from "~/utils/origin.server.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const emailChanged = new URL(request.url).searchParams.get("email") === "changed";
  return { lang, user, emailChanged, meta: { title: getFixedT(lang, "account")("account.title") } };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  return handleAccountAction(request, user, lang, publicOrigin(request));
}

/** The last result of one form of the page, so each form shows only its own errors. */
function useFormResult(intent: string) {
  const actionData = useActionData<typeof action>();
  if (!actionData || actionData.intent !== intent) return { result: undefined, notice: null };
  return { result: actionData.result as SubmissionResult<string[]>, notice: actionData.notice };
}

export default function Account() {
  const { lang, user, emailChanged } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const profile = useFormResult("profile");
  const email = useFormResult("email");
  const password = useFormResult("password");
  const [profileForm, profileFields] = useForm({
    id: "profile",
    lastResult: profile.result,
    constraint: getZodConstraint(profileSchema),
    defaultValue: { name: user.name, language: user.language },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [emailForm, emailFields] = useForm({
    id: "email",
    lastResult: email.result,
    constraint: getZodConstraint(changeEmailSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changeEmailSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const [passwordForm, passwordFields] = useForm({
    id: "password",
    lastResult: password.result,
    constraint: getZodConstraint(changePasswordSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const notice =
    profile.notice ?? email.notice ?? password.notice ?? (emailChanged ? "emailChanged" : null);
  return (
    <div className="page narrow">
      <h1>{t("account.title")}</h1>
      {notice ? (
        <p role="status" className="notice">
          {t(`account.${notice}`)}
        </p>
      ) : null}

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t("account.profile")}</h2>
        <Form method="post" {...getFormProps(profileForm)}>
          <input type="hidden" name="intent" value="profile" />
          <FormField
            id={profileFields.name.id}
            label={t("fields.name")}
            errors={profileFields.name.errors}
          >
            <input {...getInputProps(profileFields.name, { type: "text" })} autoComplete="name" />
          </FormField>
          <FormField
            id={profileFields.language.id}
            label={t("fields.language")}
            errors={profileFields.language.errors}
          >
            <select {...getSelectProps(profileFields.language)}>
              <LanguageOptions />
            </select>
          </FormField>
          <button type="submit">{t("account.saveProfile")}</button>
        </Form>
      </section>

      <section aria-labelledby="email-title">
        <h2 id="email-title">{t("account.email")}</h2>
        <p>{t("account.currentEmail", { email: user.email })}</p>
        <Form method="post" {...getFormProps(emailForm)}>
          <FieldErrors id={emailForm.errorId} errors={emailForm.errors} />
          <input type="hidden" name="intent" value="email" />
          <FormField
            id={emailFields.email.id}
            label={t("fields.newEmail")}
            errors={emailFields.email.errors}
          >
            <input {...getInputProps(emailFields.email, { type: "email" })} autoComplete="email" />
          </FormField>
          <FormField
            id={emailFields.password.id}
            label={t("fields.currentPassword")}
            errors={emailFields.password.errors}
          >
            <input
              {...getInputProps(emailFields.password, { type: "password" })}
              autoComplete="current-password"
            />
          </FormField>
          <button type="submit">{t("account.changeEmail")}</button>
        </Form>
      </section>

      <section aria-labelledby="password-title">
        <h2 id="password-title">{t("account.password")}</h2>
        <Form method="post" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="password" />
          <FormField
            id={passwordFields.current.id}
            label={t("fields.currentPassword")}
            errors={passwordFields.current.errors}
          >
            <input
              {...getInputProps(passwordFields.current, { type: "password" })}
              autoComplete="current-password"
            />
          </FormField>
          <FormField
            id={passwordFields.password.id}
            label={t("fields.newPassword")}
            hint={t("fields.passwordHint")}
            errors={passwordFields.password.errors}
          >
            <input
              {...getInputProps(passwordFields.password, { type: "password" })}
              autoComplete="new-password"
            />
          </FormField>
          <FormField
            id={passwordFields.confirm.id}
            label={t("fields.confirmPassword")}
            errors={passwordFields.confirm.errors}
          >
            <input
              {...getInputProps(passwordFields.confirm, { type: "password" })}
              autoComplete="new-password"
            />
          </FormField>
          <button type="submit">{t("account.changePassword")}</button>
        </Form>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{t("account.data")}</h2>
        <p>{t("account.dataLead")}</p>
        <p>
          <a href={`/${lang}/account/export`} download>
            {t("account.download")}
          </a>
        </p>
        <p>{t("account.deleteLead")}</p>
        <p>
          <Link to={`/${lang}/account/delete`}>{t("account.delete")}</Link>
        </p>
      </section>
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="dashboard" />;
