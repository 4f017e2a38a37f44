import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  heading: string;
  /** Where "Cancel" leads: the page the editor was opened from. */
  back: string;
  /** Instead of "Cancel", when the page shows no form. */
  backLabel?: string;
  children: ReactNode;
};

/** The frame of a page that creates or edits one thing: its heading, its form, a way back. */
export function EditorPage({ heading, back, backLabel, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="page narrow">
      <h1>{heading}</h1>
      {children}
      <p>
        <Link to={back}>{backLabel ?? t("form.cancel")}</Link>
      </p>
    </div>
  );
}
