import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { getFixedT } from "~/i18n/i18next.server.ts";
import { certificateView } from "~/learning/certificate-view.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const certificate = await certificateView(params.code ?? "", lang);
  const title = getFixedT(lang, "account")("certificate.title");
  return { lang, certificate, meta: { title: `${title} ${certificate.code}` } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageMeta(data?.meta.title),
  { name: "robots", content: "noindex" },
];

export default function CertificateVerification() {
  const { lang, certificate } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  return (
    <div className="page">
      <h1>
        {t("certificate.title")} {certificate.code}
      </h1>
      {certificate.status === "unknown" ? (
        <p role="alert" className="notice notice--bad">
          {t("certificate.unknown")}
        </p>
      ) : null}
      {certificate.status === "revoked" ? (
        <p role="alert" className="notice notice--bad">
          {t("certificate.revoked")}
        </p>
      ) : null}
      {certificate.status === "valid" ? (
        <>
          <p role="status" className="notice">
            ✓ {t("certificate.valid")}
          </p>
          <dl className="facts">
            <dt>{t("certificate.holder")}</dt>
            <dd>{certificate.holderName}</dd>
            <dt>{t("certificate.course")}</dt>
            <dd>
              <Link to={`/${lang}/courses/${certificate.courseSlug}`}>{certificate.course}</Link>
            </dd>
            <dt>{t("certificate.date")}</dt>
            <dd>{certificate.date}</dd>
            <dt>{t("certificate.code")}</dt>
            <dd>{certificate.code}</dd>
          </dl>
          <h2>{t("certificate.competences")}</h2>
          <ul>
            {certificate.competences.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p>
            <a href={`/${lang}/certificates/${certificate.code}/pdf`} download>
              {t("certificate.download")}
            </a>
          </p>
        </>
      ) : null}
    </div>
  );
}
