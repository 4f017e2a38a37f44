import type { LoaderFunctionArgs } from "@remix-run/node";

import { getFixedT } from "~/i18n/i18next.server.ts";
import { renderCertificatePdf } from "~/learning/certificate-pdf.server.ts";
import { certificateView } from "~/learning/certificate-view.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { publicOrigin } from "~/utils/origin.server.ts";

/** The PDF of a valid certificate, in the language of the URL. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const certificate = await certificateView(params.code ?? "", lang);
  invariantResponse(certificate.status === "valid", "Certificate not found or revoked");
  const t = getFixedT(lang, "account");
  const pdf = await renderCertificatePdf({
    heading: t("certificate.heading"),
    intro: t("certificate.intro"),
    holderName: certificate.holderName,
    courseLine: t("certificate.courseLine"),
    courseTitle: certificate.course,
    date: t("certificate.issued", { date: certificate.date }),
    competencesTitle: t("certificate.competences"),
    competences: certificate.competences,
    verify: t("certificate.verify"),
    verifyUrl: `${publicOrigin(request)}/certificates/${certificate.code}`,
    licence: t("certificate.licence"),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificate-${certificate.code}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
