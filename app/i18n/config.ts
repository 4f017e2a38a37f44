import type { InitOptions } from "i18next";

import { DEFAULT_LANGUAGE, LANGUAGES } from "~/i18n/languages.ts";

export const NAMESPACES = ["common", "catalog", "account", "cohorts"] as const;

/** Options shared by the server's and the browser's i18next instances. */
export const i18nOptions = {
  supportedLngs: [...LANGUAGES],
  fallbackLng: DEFAULT_LANGUAGE,
  defaultNS: "common",
  ns: [...NAMESPACES],
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} satisfies InitOptions;
