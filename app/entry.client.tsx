import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";

import { i18nOptions } from "~/i18n/config.ts";

/**
 * The page is already usable as server HTML; hydration waits for the UI strings of the page's
 * language (a versioned, long-cached file named in <meta name="i18n-strings">).
 */
async function hydrate() {
  const lang = document.documentElement.lang;
  const url = document.querySelector<HTMLMetaElement>('meta[name="i18n-strings"]')?.content;
  const strings = url ? ((await (await fetch(url)).json()) as Record<string, object>) : {};
  await i18next
    .use(initReactI18next)
    .init({ ...i18nOptions, lng: lang, resources: { [lang]: strings } });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
