/**
 * Course, job and interview text: HTML rendered from MDX at build time, from files reviewed
 * in git (never user input), so it is sent as it is and no compiled code reaches the browser.
 */
export function RichText({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
