import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions } from "./i18n.ts";
import type { RootLoaderData } from "./root.tsx";

const root = window.__remixContext.state.loaderData?.root as RootLoaderData;

void i18next
  .use(initReactI18next)
  .init({ ...i18nOptions, lng: root.lang, resources: { [root.lang]: root.translations } })
  .then(() =>
    startTransition(() => {
      hydrateRoot(
        document,
        <I18nextProvider i18n={i18next}>
          <StrictMode>
            <RemixBrowser />
          </StrictMode>
        </I18nextProvider>,
      );
    }),
  );
