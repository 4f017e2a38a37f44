import type { LoaderFunctionArgs } from "@remix-run/node";

import { internalPaths } from "~/content/paths.ts";
import { getContent } from "~/content/store.server.ts";
import { LANGUAGES } from "~/i18n/languages.ts";
import { publicOrigin } from "~/utils/origin.server.ts";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const { courses, jobs, interviews, version } = getContent();
  const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);
  const offerBoards = LANGUAGES.map((lang) => `/${lang}/offers`);
  const forRecruiters = LANGUAGES.flatMap((lang) =>
    jobs.map((job) => `/${lang}/jobs/${job.slug}/recruiters`),
  );
  const paths = [
    ...internalPaths(slugs(courses), slugs(jobs), slugs(interviews)),
    ...offerBoards,
    ...forRecruiters,
  ].sort();
  const urls = paths.map((p) => `  <url><loc>${escapeXml(origin + p)}</loc></url>`).join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      ETag: `W/"${version}"`,
    },
  });
}
