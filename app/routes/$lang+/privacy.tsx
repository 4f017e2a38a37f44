import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";

import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  return { meta: { title: getFixedT(lang, "account")("privacy.title") } };
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.meta.title);

const SECTIONS = ["who", "what", "why", "cookies", "rights", "keep"] as const;

export default function Privacy() {
  const { t } = useTranslation("account");
  return (
    <div className="page narrow">
      <h1>{t("privacy.title")}</h1>
      {SECTIONS.map((section) => (
        <p key={section}>{t(`privacy.${section}`)}</p>
      ))}
    </div>
  );
}
