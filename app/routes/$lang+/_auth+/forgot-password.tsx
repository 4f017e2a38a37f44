import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { sendPasswordReset } from "~/account/account.server.ts";
import { allowAuthAttempt } from "~/account/rate-limits.server.ts";
import { forgotPasswordSchema } from "~/account/schemas.ts";
import { ConformForm, Field } from "~/components/forms.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { HoneypotField } from "~/utils/honeypot.tsx";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";
import { publicOrigin } from "~/utils/origin.server.ts";
import { isBotSubmission } from "~/utils/request-info.server.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  return { meta: { title: getFixedT(lang, "account")("forgot.title") } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta.title);

export async function action({ params, request, context }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const formData = await request.formData();
  if (isBotSubmission(formData)) throw new Response("Bad request", { status: 400 });
  const submission = parseWithZod(formData, { schema: forgotPasswordSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), sent: false }, { status: 400 });
  if (!(await allowAuthAttempt(context, "reset", submission.value.email))) {
    return data(
      { result: submission.reply({ formErrors: ["errors.rateLimited"] }), sent: false },
      { status: 429 },
    );
  }
  await sendPasswordReset(submission.value.email, lang, publicOrigin(request));
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const [form, fields] = useAppForm(forgotPasswordSchema, { lastResult: actionData?.result });
  return (
    <div className="page narrow">
      <h1>{t("forgot.title")}</h1>
      <p>{t("forgot.lead")}</p>
      {actionData?.sent ? (
        <p role="status" className="notice">
          {t("forgot.sent")}
        </p>
      ) : null}
      <ConformForm form={form} messages="account">
        <HoneypotField />
        <Field field={fields.email} type="email" label={t("fields.email")} autoComplete="email" />
        <button type="submit">{t("forgot.submit")}</button>
      </ConformForm>
    </div>
  );
}
