import { useContext } from "react";

import { RichTextContext } from "~/content/rich-text-context.tsx";

/**
 * Course, job and interview text: HTML rendered from MDX at build time, from files reviewed
 * in git (never user input). On a document request the loader sends `null` and the server
 * renders the text from the request context; hydration then keeps the server's DOM as it is.
 */
export function RichText({ html }: { html: string | null }) {
  const serverHtml = useContext(RichTextContext);
  return (
    <div
      className="prose"
      dangerouslySetInnerHTML={{ __html: html ?? serverHtml ?? "" }}
      suppressHydrationWarning
    />
  );
}
