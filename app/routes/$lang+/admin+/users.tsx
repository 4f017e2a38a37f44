import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { AdminNav } from "~/account/admin-nav.tsx";
import { requireRole } from "~/account/auth.server.ts";
import { type Role } from "~/account/roles.ts";
import { changeRole, listUsers } from "~/account/user-admin.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

/** Admins grant or remove the trainer and recruiter roles; the admin role is not given here. */
const GRANTABLE = ["learner", "trainer", "recruiter"] as const satisfies readonly Role[];
const roleChangeSchema = z.object({ userId: z.string().min(1), role: z.enum(GRANTABLE) });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "admin");
  return {
    lang,
    users: await listUsers(),
    meta: { title: getFixedT(lang, "account")("admin.title") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const admin = await requireRole(request, lang, "admin");
  const parsed = roleChangeSchema.safeParse(Object.fromEntries(await request.formData()));
  invariantResponse(parsed.success, "Invalid role change", 400);
  const changed = await changeRole(admin.id, parsed.data.userId, parsed.data.role);
  invariantResponse(changed, "User not found");
  return changed;
}

export default function AdminUsers() {
  const { lang, users } = useLoaderData<typeof loader>();
  const changed = useActionData<typeof action>();
  const { t } = useTranslation("account");
  return (
    <div className="page wide">
      <AdminNav lang={lang} />
      <h1>{t("admin.title")}</h1>
      <p>{t("admin.lead")}</p>
      {changed ? (
        <p role="status" className="notice">
          {t("admin.saved", { name: changed.name, role: t(`admin.roles.${changed.role}`) })}
        </p>
      ) : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("admin.name")}</th>
            <th scope="col">{t("admin.email")}</th>
            <th scope="col">{t("admin.role")}</th>
            <th scope="col">{t("admin.change")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{t(`admin.roles.${user.role}`)}</td>
              <td>
                {user.role === "admin" ? null : (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="userId" value={user.id} />
                    <label htmlFor={`role-${user.id}`} className="visually-hidden">
                      {t("admin.change")}: {user.name}
                    </label>
                    <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                      {GRANTABLE.map((role) => (
                        <option key={role} value={role}>
                          {t(`admin.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                    <button type="submit">
                      {t("admin.save")}
                      <span className="visually-hidden">: {user.name}</span>
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="adminUsers" />;
