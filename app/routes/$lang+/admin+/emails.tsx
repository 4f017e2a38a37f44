import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { AdminNav } from "~/account/admin-nav.tsx";
import { requireRole } from "~/account/auth.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { emailsInTrouble, retryEmail } from "~/mail/outbox.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

const retrySchema = z.object({ emailId: z.string().min(1) });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "admin");
  const date = new Intl.DateTimeFormat(lang, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  const emails = (await emailsInTrouble()).map((email) => ({
    id: email.id,
    to: email.to,
    subject: email.subject,
    status: email.status === "failed" ? ("failed" as const) : ("late" as const),
    attempts: email.attempts,
    lastError: email.lastError,
    createdAt: `${date.format(email.createdAt)} UTC`,
  }));
  return { lang, emails, meta: { title: getFixedT(lang, "account")("admin.emails.title") } };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "admin");
  const parsed = retrySchema.safeParse(Object.fromEntries(await request.formData()));
  invariantResponse(parsed.success, "Invalid email", 400);
  return { retried: await retryEmail(parsed.data.emailId) };
}

export default function AdminEmails() {
  const { lang, emails } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("account");
  return (
    <div className="page wide">
      <AdminNav lang={lang} />
      <h1>{t("admin.emails.title")}</h1>
      <p>{t("admin.emails.lead")}</p>
      {result ? (
        <p role="status" className={result.retried ? "notice" : "notice notice--bad"}>
          {t(result.retried ? "admin.emails.retried" : "admin.emails.notRetried")}
        </p>
      ) : null}
      {emails.length ? (
        <table className="data-table data-table--wrap">
          <thead>
            <tr>
              <th scope="col">{t("admin.emails.to")}</th>
              <th scope="col">{t("admin.emails.subject")}</th>
              <th scope="col">{t("admin.emails.status")}</th>
              <th scope="col">{t("admin.emails.attempts")}</th>
              <th scope="col">{t("admin.emails.lastError")}</th>
              <th scope="col">{t("admin.emails.date")}</th>
              <th scope="col">{t("admin.emails.action")}</th>
            </tr>
          </thead>
          <tbody>
            {emails.map((email) => (
              <tr key={email.id}>
                <td>{email.to}</td>
                <td>{email.subject}</td>
                <td>{t(`admin.emails.statuses.${email.status}`)}</td>
                <td>{email.attempts}</td>
                <td>{email.lastError ?? "—"}</td>
                <td>{email.createdAt}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="emailId" value={email.id} />
                    <button type="submit">
                      {t("admin.emails.retry")}
                      <span className="visually-hidden">
                        : {email.subject} ({email.to})
                      </span>
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("admin.emails.none")}</p>
      )}
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="adminUsers" />;
