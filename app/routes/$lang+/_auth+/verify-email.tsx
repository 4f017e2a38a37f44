import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { confirmEmailChange } from "~/account/account.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";

/** Opening the emailed link confirms the new address (once); a used or old link says so. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (token && (await confirmEmailChange(token))) return redirect(`/${lang}/account?email=changed`);
  return { lang, meta: { title: getFixedT(lang, "account")("verify.title") } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta.title);

export default function VerifyEmail() {
  const { lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  return (
    <div className="page narrow">
      <h1>{t("verify.title")}</h1>
      <p role="alert">{t("errors.linkInvalid")}</p>
      <p>
        <Link to={`/${lang}/account`}>{t("nav.account")}</Link>
      </p>
    </div>
  );
}
