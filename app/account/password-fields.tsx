import { useTranslation } from "react-i18next";

import { type ConformField, Field } from "~/components/forms.tsx";

/** The password the user has now: to log in, or asked again before a change. */
export function CurrentPasswordField({ field, label }: { field: ConformField; label?: string }) {
  const { t } = useTranslation("account");
  return (
    <Field
      field={field}
      type="password"
      label={label ?? t("fields.currentPassword")}
      autoComplete="current-password"
    />
  );
}

/** A new password, with what makes a good one, then the same again (the schema compares them). */
export function NewPasswordFields({
  password,
  confirm,
}: {
  password: ConformField;
  confirm: ConformField;
}) {
  const { t } = useTranslation("account");
  return (
    <>
      <Field
        field={password}
        type="password"
        label={t("fields.newPassword")}
        hint={t("fields.passwordHint")}
        autoComplete="new-password"
      />
      <Field
        field={confirm}
        type="password"
        label={t("fields.confirmPassword")}
        autoComplete="new-password"
      />
    </>
  );
}
