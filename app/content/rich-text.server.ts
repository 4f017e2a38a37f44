import type { AppLoadContext } from "@remix-run/node";

/**
 * Course, job and interview text is already HTML. A document request renders it once, into
 * the page, through the request's load context (see RichText); only client-side navigations,
 * which have no server-rendered page, receive it as loader data. So a first visit does not
 * carry the text twice (in the page and again in the hydration data).
 */
export function richTextForLoader(request: Request, context: AppLoadContext, html: string) {
  if (request.headers.get("Sec-Fetch-Dest") !== "document") return html;
  context.richText = html;
  return null;
}
