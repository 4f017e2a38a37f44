import { useTranslation } from "react-i18next";

import type { EscoOccupation } from "~/careers/esco.ts";

type Props = { ecf: string[]; isco?: string; esco: EscoOccupation | null };

/** Where a job profile sits in the European frameworks: e-CF, ISCO-08 and ESCO. */
export function JobFrameworks({ ecf, isco, esco }: Props) {
  const { t } = useTranslation("catalog");
  if (!ecf.length && !isco && !esco) return null;
  return (
    <dl className="facts">
      {ecf.length ? (
        <>
          <dt>{t("job.ecf")}</dt>
          <dd>{ecf.join(", ")}</dd>
        </>
      ) : null}
      {isco ? (
        <>
          <dt>{t("job.isco")}</dt>
          <dd>{isco}</dd>
        </>
      ) : null}
      {esco ? (
        <>
          <dt>{t("job.esco")}</dt>
          <dd>
            <a href={esco.uri} lang={esco.labelLang} rel="external">
              {esco.label}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
