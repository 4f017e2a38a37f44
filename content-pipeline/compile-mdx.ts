import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import remarkGfm from "remark-gfm";

/** Bump when the compiler's options change, to drop every cached result. */
const COMPILER_VERSION = "1";

/**
 * Compiles an MDX body and renders it to static HTML, once per distinct body:
 * the result is cached on disk by content hash, so a rebuild only compiles what changed.
 */
export async function compileMdxToHtml(body: string, cacheDir: string): Promise<string> {
  const hash = createHash("sha256").update(COMPILER_VERSION).update(body).digest("hex");
  const cached = path.join(cacheDir, `${hash}.html`);
  if (existsSync(cached)) return readFileSync(cached, "utf8");

  const { code } = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
      return options;
    },
  });
  const html = renderToStaticMarkup(createElement(getMDXComponent(code)));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, html);
  return html;
}

/** Plain text of rendered HTML (for word counts and search). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}
