import { isDigCompCompetence } from "~/content/digcomp.ts";
import { findCourse } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { findCertificate } from "~/learning/certificates.server.ts";

export type CertificateView =
  | { status: "unknown"; code: string }
  | { status: "revoked"; code: string; course: string }
  | {
      status: "valid";
      code: string;
      holderName: string;
      course: string;
      courseSlug: string;
      date: string;
      competences: string[];
    };

/** What a certificate states, in a language: only its holder, course, date and competences. */
export async function certificateView(code: string, lang: Language): Promise<CertificateView> {
  const certificate = await findCertificate(code);
  if (!certificate) return { status: "unknown", code };
  const course = findCourse(certificate.course);
  const courseTitle = course?.locales[lang].title ?? certificate.course;
  if (certificate.revokedAt)
    return { status: "revoked", code: certificate.code, course: courseTitle };
  const t = getFixedT(lang, "catalog");
  return {
    status: "valid",
    code: certificate.code,
    holderName: certificate.holderName,
    course: courseTitle,
    courseSlug: certificate.course,
    date: new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(
      certificate.issuedAt,
    ),
    competences: certificate.competences
      .split(",")
      .filter(Boolean)
      .map((c) => (isDigCompCompetence(c) ? `${c} ${t(`digcomp.competences.${c}`)}` : c)),
  };
}
