import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { unlockAccount } from "~/account/account-lock.server.ts";
import { isVerificationUsable } from "~/account/tokens.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";

/**
 * The emailed unlock link shows a button: the link itself changes nothing, since mail scanners
 * open links too; pressing the button unlocks the account in the browser it is pressed in.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return {
    lang,
    token,
    usable: token ? await isVerificationUsable(token, "unlock-login") : false,
    meta: { title: getFixedT(lang, "account")("unlock.title") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta.title);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const token = (await request.formData()).get("token");
  const cookie = typeof token === "string" && token ? await unlockAccount(token) : null;
  if (!cookie) return data({ invalid: true }, { status: 400 });
  return redirect(`/${lang}/login?unlocked=1`, { headers: { "Set-Cookie": cookie } });
}

export default function Unlock() {
  const { lang, token, usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  return (
    <div className="page narrow">
      <h1>{t("unlock.title")}</h1>
      {usable && !actionData?.invalid ? (
        <Form method="post">
          <p>{t("unlock.lead")}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit">{t("unlock.submit")}</button>
        </Form>
      ) : (
        <>
          <p role="alert">{t("errors.linkInvalid")}</p>
          <p>
            <Link to={`/${lang}/login`}>{t("login.title")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
