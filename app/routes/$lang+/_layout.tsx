import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";

import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { requireLanguage } from "~/utils/invariant.ts";

export function loader({ params }: LoaderFunctionArgs) {
  requireLanguage(params);
  return null;
}

export default function LanguageLayout() {
  return <Outlet />;
}

export const ErrorBoundary = () => <RouteErrorBoundary />;
