import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: ReactNode;
};

/** A label, the field, an optional hint and the field's translated errors, linked for screen readers. */
export function FormField({ id, label, errors, hint, children }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation("account");
  if (!errors?.length) return null;
  return (
    <ul className="field__errors" id={id}>
      {errors.map((key) => (
        <li key={key}>{t(key as "errors.emailInvalid")}</li>
      ))}
    </ul>
  );
}
