/// <reference types="@remix-run/node" />

interface Window {
  __remixContext: { state: { loaderData?: Record<string, unknown> } };
}

declare module "*.css" {
  const href: string;
  export default href;
}
