import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirectDocument,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { createAccount } from "~/account/account.server.ts";
import { requireAnonymous, safeRedirect } from "~/account/auth.server.ts";
import { allowAuthAttempt } from "~/account/rate-limits.server.ts";
import { signupSchema } from "~/account/schemas.ts";
import { startSession } from "~/account/session.server.ts";
import { CheckboxField, ConformForm, Field, SelectField } from "~/components/forms.tsx";
import { LanguageOptions } from "~/components/language-options.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { mergeAnonymousProgress } from "~/learning/anonymous-progress.server.ts";
import { HoneypotField } from "~/utils/honeypot.tsx";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";
import { isBotSubmission } from "~/utils/request-info.server.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireAnonymous(request, lang);
  const t = getFixedT(lang, "account");
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  return { lang, redirectTo, meta: { title: t("signup.title") } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta.title);

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  await requireAnonymous(request, lang);
  const formData = await request.formData();
  if (isBotSubmission(formData)) throw new Response("Bad request", { status: 400 });
  const submission = parseWithZod(formData, { schema: signupSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  if (!(await allowAuthAttempt(context, "signup"))) {
    return data(
      submission.reply({ formErrors: ["errors.rateLimited"], hideFields: ["password"] }),
      {
        status: 429,
      },
    );
  }
  const user = await createAccount(submission.value);
  if (!user) {
    return data(
      submission.reply({ fieldErrors: { email: ["errors.emailTaken"] }, hideFields: ["password"] }),
      {
        status: 400,
      },
    );
  }
  const headers = new Headers({ "Set-Cookie": await startSession(user.id) });
  const cleared = await mergeAnonymousProgress(request, user.id);
  if (cleared) headers.append("Set-Cookie", cleared);
  const language = submission.value.language;
  // A full page load: the chosen language may differ from this page's.
  return redirectDocument(safeRedirect(formData.get("redirectTo"), `/${language}/learn`), {
    headers,
  });
}

export default function Signup() {
  const { lang, redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const [form, fields] = useAppForm(signupSchema, { lastResult, defaultValue: { language: lang } });
  return (
    <div className="page narrow">
      <h1>{t("signup.title")}</h1>
      <p>{t("signup.lead")}</p>
      <ConformForm form={form} messages="account">
        <HoneypotField />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field field={fields.name} label={t("fields.name")} autoComplete="name" />
        <Field field={fields.email} type="email" label={t("fields.email")} autoComplete="email" />
        <Field
          field={fields.password}
          type="password"
          label={t("fields.password")}
          hint={t("fields.passwordHint")}
          autoComplete="new-password"
        />
        <SelectField field={fields.language} label={t("fields.language")}>
          <LanguageOptions />
        </SelectField>
        <CheckboxField
          field={fields.consent}
          label={
            <>
              {t("signup.consent")} <Link to={`/${lang}/privacy`}>{t("signup.privacyLink")}</Link>
            </>
          }
        />
        <button type="submit">{t("signup.submit")}</button>
      </ConformForm>
      <p>
        {t("signup.haveAccount")} <Link to={`/${lang}/login`}>{t("login.title")}</Link>
      </p>
    </div>
  );
}
