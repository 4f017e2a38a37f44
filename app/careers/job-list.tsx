import { Link } from "@remix-run/react";

import type { Language } from "~/i18n/languages.ts";

type Props = {
  lang: Language;
  jobs: { slug: string; title: string; summary: string }[];
  headingLevel: 2 | 3;
};

export function JobList({ lang, jobs, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="cards">
      {jobs.map((job) => (
        <li key={job.slug} className="card">
          <Heading>
            <Link to={`/${lang}/jobs/${job.slug}`}>{job.title}</Link>
          </Heading>
          <p>{job.summary}</p>
        </li>
      ))}
    </ul>
  );
}
