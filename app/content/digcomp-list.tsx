import { useTranslation } from "react-i18next";

import { DIGCOMP_VERSION, type DigCompCompetence } from "~/content/digcomp.ts";

export function DigCompList({ codes }: { codes: readonly DigCompCompetence[] }) {
  const { t } = useTranslation("catalog");
  return (
    <>
      <ul className="tags">
        {codes.map((code) => (
          <li key={code}>
            <abbr title={t("digcomp.framework", { version: DIGCOMP_VERSION })}>{code}</abbr>{" "}
            {t(`digcomp.competences.${code}`)}
          </li>
        ))}
      </ul>
      <p className="note">{t("digcomp.source", { version: DIGCOMP_VERSION })}</p>
    </>
  );
}
