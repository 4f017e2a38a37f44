import type { LoaderFunctionArgs } from "@remix-run/node";

import { requireLanguage } from "~/utils/invariant.ts";

export function loader({ params }: LoaderFunctionArgs) {
  requireLanguage(params);
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
