/**
 * A route whose page depends only on the code, the content and the URL (never on the
 * database) exports this handle; the server may then keep its HTML for anonymous visitors.
 */
export const staticPageHandle = { staticPage: true } as const;

export function isStaticPage(handles: unknown[]) {
  const leaf = handles.at(-1);
  return (
    typeof leaf === "object" && leaf !== null && "staticPage" in leaf && leaf.staticPage === true
  );
}
