import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { requireRole } from "~/account/auth.server.ts";
import { offerEditor, offerFormValues, submitOfferForm } from "~/careers/offer-editor.server.ts";
import { findOwnOffer, updateOffer } from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  const offer = await findOwnOffer(recruiter, params.id ?? "");
  invariantResponse(offer, "Offer not found");
  return offerEditor(lang, offerFormValues(offer), offer);
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  const offer = await findOwnOffer(recruiter, params.id ?? "");
  invariantResponse(offer, "Offer not found");
  return submitOfferForm(request, async (values) => {
    const saved = await updateOffer(offer.id, values);
    return `/${lang}/recruiter/offers?done=${saved ? "saved" : "moderated"}`;
  });
}

export { OfferEditor as default } from "~/careers/offer-editor.tsx";

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="recruiterOffers" />;
