import { createHash } from "node:crypto";

import type { Language } from "~/i18n/languages.ts";

import enAccount from "../../locales/en/account.json";
import enCatalog from "../../locales/en/catalog.json";
import enCohorts from "../../locales/en/cohorts.json";
import enCommon from "../../locales/en/common.json";
import esAccount from "../../locales/es/account.json";
import esCatalog from "../../locales/es/catalog.json";
import esCohorts from "../../locales/es/cohorts.json";
import esCommon from "../../locales/es/common.json";
import frAccount from "../../locales/fr/account.json";
import frCatalog from "../../locales/fr/catalog.json";
import frCohorts from "../../locales/fr/cohorts.json";
import frCommon from "../../locales/fr/common.json";
import itAccount from "../../locales/it/account.json";
import itCatalog from "../../locales/it/catalog.json";
import itCohorts from "../../locales/it/cohorts.json";
import itCommon from "../../locales/it/common.json";

/** Every UI string, by language and namespace (bundled into the server build). */
export const resources = {
  en: { common: enCommon, catalog: enCatalog, account: enAccount, cohorts: enCohorts },
  fr: { common: frCommon, catalog: frCatalog, account: frAccount, cohorts: frCohorts },
  it: { common: itCommon, catalog: itCatalog, account: itAccount, cohorts: itCohorts },
  es: { common: esCommon, catalog: esCatalog, account: esAccount, cohorts: esCohorts },
} satisfies Record<Language, Record<string, unknown>>;

export type Translations = (typeof resources)["en"];

/** Changes whenever any UI string changes: the browser caches the strings under this version. */
export const LOCALES_VERSION = createHash("sha1")
  .update(JSON.stringify(resources))
  .digest("hex")
  .slice(0, 10);
