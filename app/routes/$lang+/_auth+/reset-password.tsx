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

import { resetPassword } from "~/account/account.server.ts";
import { NewPasswordFields } from "~/account/password-fields.tsx";
import { resetPasswordSchema } from "~/account/schemas.ts";
import { isVerificationUsable } from "~/account/tokens.server.ts";
import { ConformForm } from "~/components/forms.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

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
  const [form, fields] = useAppForm(resetPasswordSchema, { lastResult });
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
      <ConformForm form={form} messages="account">
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields password={fields.password} confirm={fields.confirm} />
        <button type="submit">{t("reset.submit")}</button>
      </ConformForm>
    </div>
  );
}
