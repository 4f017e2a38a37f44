import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireRole } from "~/account/auth.server.ts";
import { isListed } from "~/careers/offer-schema.ts";
import {
  closeOffer,
  findOwnOffer,
  isModerated,
  myOffers,
  renewOffer,
} from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { parseIntent } from "~/utils/intent.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  const offers = await myOffers(recruiter.id);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  return {
    lang,
    offers: offers.map((o) => ({
      id: o.id,
      title: o.title,
      state: o.status === "open" && !isListed(o) ? ("expired" as const) : o.status,
      closesOn: date.format(o.closesOn),
    })),
    meta: { title: getFixedT(lang, "catalog")("offer.recruiter.title") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  const form = await request.formData();
  const offer = await findOwnOffer(recruiter, String(form.get("offerId")));
  invariantResponse(offer, "Offer not found");
  const intent = parseIntent(form, ["close", "renew"]);
  if (isModerated(offer)) return redirect(`/${lang}/recruiter/offers?done=moderated`);
  if (intent === "close") await closeOffer(offer.id);
  else await renewOffer(offer.id, offer.closesOn);
  return redirect(`/${lang}/recruiter/offers?done=${intent === "close" ? "closed" : "renewed"}`);
}

const NOTICES = ["created", "saved", "closed", "renewed", "moderated"] as const;

export default function RecruiterOffers() {
  const { lang, offers } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const { t } = useTranslation("catalog");
  const notice = NOTICES.find((n) => n === search.get("done"));
  return (
    <div className="page">
      <h1>{t("offer.recruiter.title")}</h1>
      <p className="lead">{t("offer.recruiter.lead")}</p>
      {notice ? (
        <p role="status" className="notice">
          {t(`offer.recruiter.${notice}`)}
        </p>
      ) : null}
      <p>
        <Link className="button" to={`/${lang}/recruiter/offers/new`}>
          {t("offer.recruiter.new")}
        </Link>
      </p>
      {offers.length ? (
        <ul className="cards">
          {offers.map((offer) => (
            <li key={offer.id} className="card">
              <h2>
                <Link to={`/${lang}/offers/${offer.id}`}>{offer.title}</Link>
              </h2>
              <p className="card__facts">
                {t(`offer.recruiter.status.${offer.state}`)} ·{" "}
                {t("offer.recruiter.closes", { date: offer.closesOn })}
              </p>
              {offer.state === "unpublished" ? <p>{t("offer.recruiter.moderated")}</p> : null}
              <div className="inline-form">
                {offer.state === "unpublished" ? null : (
                  <Link to={`/${lang}/recruiter/offers/${offer.id}/edit`}>
                    {t("offer.recruiter.edit")}
                    <span className="visually-hidden">: {offer.title}</span>
                  </Link>
                )}
                {offer.state === "open" ? (
                  <Form method="post">
                    <input type="hidden" name="offerId" value={offer.id} />
                    <button type="submit" name="intent" value="close">
                      {t("offer.recruiter.close")}
                      <span className="visually-hidden">: {offer.title}</span>
                    </button>
                  </Form>
                ) : null}
                {offer.state === "closed" || offer.state === "expired" ? (
                  <Form method="post">
                    <input type="hidden" name="offerId" value={offer.id} />
                    <button type="submit" name="intent" value="renew">
                      {t("offer.recruiter.renew")}
                      <span className="visually-hidden">: {offer.title}</span>
                    </button>
                  </Form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("offer.recruiter.none")}</p>
      )}
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="recruiterOffers" />;
