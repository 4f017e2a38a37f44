import type { MetaDescriptor } from "@remix-run/node";

const SITE = "Social Tech Academy";

export function pageMeta(title: string | undefined, description?: string): MetaDescriptor[] {
  const meta: MetaDescriptor[] = [{ title: title ? `${title} | ${SITE}` : SITE }];
  if (description) meta.push({ name: "description", content: description });
  return meta;
}
