import { useTranslation } from "react-i18next";

export const HONEYPOT_FIELD = "website";

/** A field people never see or fill; bots that fill every field give themselves away. */
export function HoneypotField() {
  const { t } = useTranslation();
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>{t("form.honeypot")}</label>
      <input
        id={HONEYPOT_FIELD}
        name={HONEYPOT_FIELD}
        type="text"
        tabIndex={-1}
        autoComplete="off"
      />
    </div>
  );
}
