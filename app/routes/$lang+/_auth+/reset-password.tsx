import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { resetPassword } from "~/account/account.server.ts";
import { resetPasswordSchema } from "~/account/schemas.ts";
import { isVerificationUsable } from "~/account/tokens.server.ts";
import { FieldErrors, FormField } from "~/components/form-field.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const usable = token ? await isVerificationUsable(token, "reset-password") : false;
  return {
    lang,
    token,
    usable,
    meta: { title: getFixedT(lang, "account")("reset.title") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta.title);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const submission = parseWithZod(await request.formData(), { schema: resetPasswordSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password", "confirm"] }), { status: 400 });
  }
  if (!(await resetPassword(submission.value.token, submission.value.password))) {
    return data(
      submission.reply({ formErrors: ["errors.linkInvalid"], hideFields: ["password", "confirm"] }),
      {
        status: 400,
      },
    );
  }
  return redirect(`/${lang}/login?reset=1`);
}

export default function ResetPassword() {
  const { lang, token, usable } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(resetPasswordSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
  });
  if (!usable && !lastResult) {
    return (
      <div className="page narrow">
        <h1>{t("reset.title")}</h1>
        <p role="alert">{t("errors.linkInvalid")}</p>
        <p>
          <Link to={`/${lang}/forgot-password`}>{t("reset.again")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>{t("reset.title")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <FieldErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="token" value={token} />
        <FormField
          id={fields.password.id}
          label={t("fields.newPassword")}
          hint={t("fields.passwordHint")}
          errors={fields.password.errors}
        >
          <input
            {...getInputProps(fields.password, { type: "password" })}
            autoComplete="new-password"
          />
        </FormField>
        <FormField
          id={fields.confirm.id}
          label={t("fields.confirmPassword")}
          errors={fields.confirm.errors}
        >
          <input
            {...getInputProps(fields.confirm, { type: "password" })}
            autoComplete="new-password"
          />
        </FormField>
        <button type="submit">{t("reset.submit")}</button>
      </Form>
    </div>
  );
}
