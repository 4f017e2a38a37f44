import type { MetaDescriptor, MetaFunction } from "@remix-run/node";

const SITE = "Social Tech Academy";

export function pageMeta(title: string | undefined, description?: string): MetaDescriptor[] {
  const meta: MetaDescriptor[] = [{ title: title ? `${title} | ${SITE}` : SITE }];
  if (description) meta.push({ name: "description", content: description });
  return meta;
}

/**
 * A page's meta, except when the page shows its error boundary: Remix then calls it without
 * data, and the root's meta (the error's title in the page's language) stands instead.
 */
export function withErrorTitle<Loader>(meta: MetaFunction<Loader>): MetaFunction<Loader> {
  return (args) => {
    const rootMeta = args.matches.find((match) => match.id === "root")?.meta;
    return args.error && rootMeta ? rootMeta : meta(args);
  };
}
