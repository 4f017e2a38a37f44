import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { authenticate } from "~/account/account.server.ts";
import { admitLogin } from "~/account/account-lock.server.ts";
import { requireAnonymous, safeRedirect } from "~/account/auth.server.ts";
import { CurrentPasswordField } from "~/account/password-fields.tsx";
import { forgetFailedLogins } from "~/account/rate-limits.server.ts";
import { loginSchema } from "~/account/schemas.ts";
import { startSession } from "~/account/session.server.ts";
import { ConformForm, Field } from "~/components/forms.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { mergeAnonymousProgress } from "~/learning/anonymous-progress.server.ts";
import { HoneypotField } from "~/utils/honeypot.tsx";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";
import { publicOrigin } from "~/utils/origin.server.ts";
import { isBotSubmission } from "~/utils/request-info.server.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireAnonymous(request, lang);
  const search = new URL(request.url).searchParams;
  return {
    lang,
    redirectTo: search.get("redirectTo"),
    reset: search.get("reset") === "1",
    unlocked: search.get("unlocked") === "1",
    meta: { title: getFixedT(lang, "account")("login.title") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta.title);

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  await requireAnonymous(request, lang);
  const formData = await request.formData();
  if (isBotSubmission(formData)) throw new Response("Bad request", { status: 400 });
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const admission = await admitLogin(
    request,
    context,
    submission.value.email,
    publicOrigin(request),
  );
  if (admission !== "allowed") {
    const error = admission === "locked" ? "errors.accountLocked" : "errors.rateLimited";
    return data(submission.reply({ formErrors: [error], hideFields: ["password"] }), {
      status: 429,
    });
  }
  const user = await authenticate(submission.value.email, submission.value.password);
  if (!user) {
    return data(
      submission.reply({ formErrors: ["errors.invalidLogin"], hideFields: ["password"] }),
      {
        status: 400,
      },
    );
  }
  await forgetFailedLogins(submission.value.email, context);
  const headers = new Headers({ "Set-Cookie": await startSession(user.id) });
  const cleared = await mergeAnonymousProgress(request, user.id);
  if (cleared) headers.append("Set-Cookie", cleared);
  return redirect(safeRedirect(formData.get("redirectTo"), `/${lang}/learn`), { headers });
}

export default function Login() {
  const { lang, redirectTo, reset, unlocked } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const [form, fields] = useAppForm(loginSchema, { lastResult });
  return (
    <div className="page narrow">
      <h1>{t("login.title")}</h1>
      {reset || unlocked ? (
        <p role="status" className="notice">
          {t(reset ? "reset.done" : "login.unlocked")}
        </p>
      ) : null}
      <ConformForm form={form} messages="account">
        <HoneypotField />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field field={fields.email} type="email" label={t("fields.email")} autoComplete="email" />
        <CurrentPasswordField field={fields.password} label={t("fields.password")} />
        <button type="submit">{t("login.submit")}</button>
      </ConformForm>
      <p>
        <Link to={`/${lang}/forgot-password`}>{t("login.forgot")}</Link>
      </p>
      <p>
        {t("login.noAccount")} <Link to={`/${lang}/signup`}>{t("signup.title")}</Link>
      </p>
    </div>
  );
}
