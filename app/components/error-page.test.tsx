import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, test } from "vitest";

import { ErrorPage, type WayBack } from "~/components/error-page.tsx";
import { i18nFor } from "~/i18n/i18next.server.ts";
import type { Language } from "~/i18n/languages.ts";

/** What Remix hands an error boundary for a thrown Response (isRouteErrorResponse's shape). */
const thrown = (status: number, data: string) => ({
  status,
  statusText: "",
  internal: false,
  data,
});

function render(error: unknown, lang: Language, wayBack?: WayBack) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18nFor(lang)}>
      <ErrorPage error={error} lang={lang} here="/fr/trainer/cohorts?page=2" wayBack={wayBack} />
    </I18nextProvider>,
  );
}

describe("error page", () => {
  test("a thrown error is a generic 'something went wrong' that never shows its message", () => {
    const html = render(new Error("SELECT * FROM secrets failed"), "fr", "cohorts");
    expect(html).toContain("<h1>Un problème est survenu</h1>");
    expect(html).toContain('<a class="button" href="/fr/trainer/cohorts?page=2">Réessayer</a>');
    expect(html).toContain('<a href="/fr">Aller à la page d&#x27;accueil</a>');
    expect(html).not.toContain("secrets");
  });

  test("any status other than 403 and 404 is 'something went wrong' too", () => {
    const html = render(thrown(400, "Unknown action"), "es");
    expect(html).toContain("<h1>Algo ha salido mal</h1>");
    expect(html).not.toContain("Unknown action");
  });

  test("a 404 leads back to the area's list and home", () => {
    const html = render(thrown(404, "Course not found"), "it", "courses");
    expect(html).toContain("<h1>Pagina non trovata</h1>");
    expect(html).toContain('<a class="button" href="/it/courses">Vedi tutti i corsi</a>');
    expect(html).toContain('<a href="/it">Vai alla pagina iniziale</a>');
    expect(html).not.toContain("Course not found");
  });

  test("a 403 leads to the dashboard, or logs out to log in with another account and come back", () => {
    const html = render(thrown(403, "Forbidden"), "en", "cohorts");
    expect(html).toContain("<h1>You cannot open this page</h1>");
    expect(html).toContain('<a class="button" href="/en/learn">Go to my learning</a>');
    expect(html).toContain('<form method="post" action="/en/logout">');
    const back = encodeURIComponent("/fr/trainer/cohorts?page=2");
    expect(html).toContain(`value="/en/login?redirectTo=${back}"`);
  });
});
