import { isLanguage, type Language } from "~/i18n/languages.ts";

/** Throws a response (404 by default) unless the condition holds: a loader reads top to bottom. */
export function invariantResponse(
  condition: unknown,
  message = "Not found",
  status = 404,
): asserts condition {
  if (!condition) throw new Response(message, { status });
}

/** The language of a route under `$lang`; an unsupported one is a 404. */
export function requireLanguage(params: { lang?: string }): Language {
  invariantResponse(isLanguage(params.lang), "Unsupported language");
  return params.lang;
}
