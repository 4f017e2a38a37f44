import type { LoaderFunctionArgs } from "@remix-run/node";

import { publicOrigin } from "~/utils/origin.server.ts";

export function loader({ request }: LoaderFunctionArgs) {
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${publicOrigin(request)}/sitemap.xml\n`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
