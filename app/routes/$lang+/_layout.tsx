import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";

import { requireLanguage } from "~/utils/invariant.ts";

export function loader({ params }: LoaderFunctionArgs) {
  requireLanguage(params);
  return null;
}

export default function LanguageLayout() {
  return <Outlet />;
}
