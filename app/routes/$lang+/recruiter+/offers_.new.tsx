import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { requireRole } from "~/account/auth.server.ts";
import { offerEditor, submitOfferForm } from "~/careers/offer-editor.server.ts";
import { createOffer } from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { findJob } from "~/content/queries.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "recruiter");
  const preset = findJob(new URL(request.url).searchParams.get("job") ?? "");
  return offerEditor(lang, { languages: [lang], jobs: preset ? [preset.slug] : [] });
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  return submitOfferForm(request, async (offer) => {
    await createOffer(recruiter.id, offer);
    return `/${lang}/recruiter/offers?done=created`;
  });
}

export { OfferEditor as default } from "~/careers/offer-editor.tsx";

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="recruiterOffers" />;
