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

import { deleteAccount, passwordMatches } from "~/account/account.server.ts";
import { requireUser } from "~/account/auth.server.ts";
import { CurrentPasswordField } from "~/account/password-fields.tsx";
import { allowPasswordCheck } from "~/account/rate-limits.server.ts";
import { deleteAccountSchema } from "~/account/schemas.ts";
import { endSession } from "~/account/session.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { CheckboxField, ConformForm } from "~/components/forms.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireUser(request, lang);
  return { lang, meta: { title: getFixedT(lang, "account")("delete.title") } };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const submission = parseWithZod(await request.formData(), { schema: deleteAccountSchema });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  if (!(await allowPasswordCheck(context, user.id))) {
    return data(
      submission.reply({
        fieldErrors: { password: ["errors.rateLimited"] },
        hideFields: ["password"],
      }),
      { status: 429 },
    );
  }
  if (!(await passwordMatches(user.id, submission.value.password))) {
    return data(
      submission.reply({
        fieldErrors: { password: ["errors.passwordWrong"] },
        hideFields: ["password"],
      }),
      {
        status: 400,
      },
    );
  }
  const cookie = await endSession(request);
  await deleteAccount(user.id);
  return redirect(`/${lang}?deleted=1`, { headers: { "Set-Cookie": cookie } });
}

export default function DeleteAccount() {
  const { lang } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const [form, fields] = useAppForm(deleteAccountSchema, { lastResult });
  return (
    <div className="page narrow">
      <h1>{t("delete.title")}</h1>
      <p>{t("delete.lead")}</p>
      <ConformForm form={form} messages="account">
        <CurrentPasswordField field={fields.password} />
        <CheckboxField field={fields.confirm} label={t("delete.confirm")} />
        <button type="submit" className="button--danger">
          {t("delete.submit")}
        </button>
      </ConformForm>
      <p>
        <Link to={`/${lang}/account`}>{t("delete.cancel")}</Link>
      </p>
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="dashboard" />;
