import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { handleAccountAction } from "~/account/account-action.server.ts";
import { requireUser } from "~/account/auth.server.ts";
import { CurrentPasswordField, NewPasswordFields } from "~/account/password-fields.tsx";
import { changeEmailSchema, changePasswordSchema, profileSchema } from "~/account/schemas.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { ConformForm, Field, SelectField } from "~/components/forms.tsx";
import { LanguageOptions } from "~/components/language-options.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { publicOrigin } from "~/utils/origin.server.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const emailChanged = new URL(request.url).searchParams.get("email") === "changed";
  return { lang, user, emailChanged, meta: { title: getFixedT(lang, "account")("account.title") } };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  return handleAccountAction(request, user, lang, publicOrigin(request), context);
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
  const [profileForm, profileFields] = useAppForm(profileSchema, {
    id: "profile",
    lastResult: profile.result,
    defaultValue: { name: user.name, language: user.language },
  });
  const [emailForm, emailFields] = useAppForm(changeEmailSchema, {
    id: "email",
    lastResult: email.result,
  });
  const [passwordForm, passwordFields] = useAppForm(changePasswordSchema, {
    id: "password",
    lastResult: password.result,
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
        <ConformForm form={profileForm} messages="account" intent="profile">
          <Field field={profileFields.name} label={t("fields.name")} autoComplete="name" />
          <SelectField field={profileFields.language} label={t("fields.language")}>
            <LanguageOptions />
          </SelectField>
          <button type="submit">{t("account.saveProfile")}</button>
        </ConformForm>
      </section>

      <section aria-labelledby="email-title">
        <h2 id="email-title">{t("account.email")}</h2>
        <p>{t("account.currentEmail", { email: user.email })}</p>
        <ConformForm form={emailForm} messages="account" intent="email">
          <Field
            field={emailFields.email}
            type="email"
            label={t("fields.newEmail")}
            autoComplete="email"
          />
          <CurrentPasswordField field={emailFields.password} />
          <button type="submit">{t("account.changeEmail")}</button>
        </ConformForm>
      </section>

      <section aria-labelledby="password-title">
        <h2 id="password-title">{t("account.password")}</h2>
        <ConformForm form={passwordForm} messages="account" intent="password">
          <CurrentPasswordField field={passwordFields.current} />
          <NewPasswordFields password={passwordFields.password} confirm={passwordFields.confirm} />
          <button type="submit">{t("account.changePassword")}</button>
        </ConformForm>
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
