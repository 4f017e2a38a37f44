import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { Language } from "~/i18n/languages.ts";

/** "Mark as done": a plain POST form, so it works without JavaScript; doing it twice is harmless. */
export function MarkDoneForm({
  done,
  signedIn,
  lang,
}: {
  done: boolean;
  signedIn: boolean;
  lang: Language;
}) {
  const { t } = useTranslation("account");
  return (
    <section className="mark-done" aria-labelledby="mark-done-title">
      <h2 id="mark-done-title" className="visually-hidden">
        {t("progress.title")}
      </h2>
      {done ? (
        <p role="status" className="mark-done__status">
          ✓ {t("progress.markedDone")}
        </p>
      ) : (
        <Form method="post" preventScrollReset>
          <button type="submit" name="intent" value="complete">
            {t("progress.markDone")}
          </button>
        </Form>
      )}
      {signedIn ? null : (
        <p className="note">
          {t("progress.anonymousNote")} <Link to={`/${lang}/signup`}>{t("nav.signup")}</Link>
        </p>
      )}
    </section>
  );
}
